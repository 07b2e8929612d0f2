import type { Catalog } from '../../catalog/types';
import { areaSlotValues } from '../shared/area-slot-values';
import { ALEXA_SLOT_INTENTS, ALEXA_SLOT_TYPES } from './alexa-intents';
import { ALEXA_SAMPLES } from './alexa-samples';

export const ALEXA_MODEL_LOCALES = ['ja-JP', 'en-US'] as const;
export type AlexaModelLocale = (typeof ALEXA_MODEL_LOCALES)[number];

const ALEXA_INVOCATION_NAMES: Readonly<Record<AlexaModelLocale, string>> = {
  'ja-JP': 'バイトそうだん',
  'en-US': 'soudan job search',
};

interface SlotValue {
  id: string;
  name: { value: string; synonyms?: string[] };
}
interface SlotType {
  name: string;
  values: SlotValue[];
}
interface ModelIntent {
  name: string;
  samples: string[];
  slots?: { name: string; type: string }[];
}
export interface AlexaInteractionModel {
  interactionModel: {
    languageModel: { invocationName: string; intents: ModelIntent[]; types: SlotType[] };
  };
}

/**
 * The skill's interaction model for one locale, generated from the catalogue: intents with their samples, and
 * the job type, condition and area slot types (names, kana readings and synonyms). Committed under
 * skills/alexa/skill-package; a test fails when the files drift from the catalogue.
 */
export function alexaInteractionModel(
  catalog: Pick<Catalog, 'jobTypes' | 'conditions' | 'prefectures' | 'places'>,
  locale: AlexaModelLocale,
): AlexaInteractionModel {
  const english = locale === 'en-US';
  const intents: ModelIntent[] = Object.entries(ALEXA_SAMPLES[locale]).map(([name, samples]) => {
    const slotNames = Object.hasOwn(ALEXA_SLOT_INTENTS, name) ? ALEXA_SLOT_INTENTS[name]! : [];
    const intent: ModelIntent = { name, samples: [...samples] };
    if (slotNames.length > 0) {
      intent.slots = slotNames.map((slot) => ({
        name: slot,
        type: ALEXA_SLOT_TYPES[slot as keyof typeof ALEXA_SLOT_TYPES],
      }));
    }
    return intent;
  });
  const jobTypes = new SlotTypeBuilder(ALEXA_SLOT_TYPES.jobType);
  for (const t of catalog.jobTypes) {
    const value = english ? (t.nameEn ?? t.name) : t.name;
    jobTypes.add(t.id, value, english ? [] : [t.reading ?? '', ...t.synonyms]);
  }
  const conditions = new SlotTypeBuilder(ALEXA_SLOT_TYPES.condition);
  for (const c of catalog.conditions)
    conditions.add(c.id, c.name, english ? [] : [c.reading ?? '', ...c.synonyms]);
  const areas = new SlotTypeBuilder(ALEXA_SLOT_TYPES.area);
  if (english) {
    for (const p of catalog.prefectures) areas.add(p.name, p.nameEn, []);
  } else {
    // A name several places share is a value of its own, read by the dialogue like typed text (「横浜」).
    for (const v of areaSlotValues(catalog.prefectures, catalog.places)) areas.add(v.id, v.value, v.synonyms);
  }
  return {
    interactionModel: {
      languageModel: {
        invocationName: ALEXA_INVOCATION_NAMES[locale],
        intents,
        types: [jobTypes.build(), conditions.build(), areas.build()],
      },
    },
  };
}

/**
 * Slot values with unique words: Alexa refuses a type where two values share a word, so a word already taken
 * (a municipality name found in two prefectures, a synonym two job types share) is kept for the first only.
 * The dialogue resolves what is left ambiguous (「府中」 -> which one?).
 */
class SlotTypeBuilder {
  private readonly values: SlotValue[] = [];
  private readonly taken = new Set<string>();

  constructor(private readonly name: string) {}

  add(id: string, value: string, synonyms: readonly string[]): void {
    const key = (word: string) => word.trim().toLowerCase();
    if (value.trim() === '' || this.taken.has(key(value))) return;
    this.taken.add(key(value));
    const kept: string[] = [];
    for (const synonym of synonyms) {
      const word = synonym.trim();
      if (word === '' || this.taken.has(key(word))) continue;
      this.taken.add(key(word));
      kept.push(word);
    }
    this.values.push({ id, name: kept.length > 0 ? { value, synonyms: kept } : { value } });
  }

  build(): SlotType {
    return { name: this.name, values: this.values };
  }
}
