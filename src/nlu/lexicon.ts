import type { Condition, JobType, Prefecture } from '../catalog';
import { municipalityForms, prefectureForms } from './area-forms';
import { isAsciiWord, normalize, toWords } from './normalize';
import type { Lexicon, LexiconTarget } from './types';

export interface LexiconInput {
  readonly jobTypes: readonly JobType[];
  readonly conditions: readonly Condition[];
  readonly prefectures: readonly Prefecture[];
}

/** Endings of condition names that people leave out: 日払いOK -> 日払い, 学生歓迎 -> 学生. */
const NAME_ENDINGS = /(ok|歓迎|あり|可|可能)$/u;

/** A name and its parts: 「バー・バーテンダー」 -> バー・バーテンダー, バー, バーテンダー (and without OK/歓迎). */
function nameForms(name: string): string[] {
  const forms = [name];
  const parts = name.split(/[・/／、,]/u).filter((part) => part.length > 0);
  if (parts.length > 1) forms.push(...parts);
  for (const form of [...forms]) {
    const bare = normalize(form).replace(NAME_ENDINGS, '');
    if (bare !== normalize(form)) forms.push(bare);
  }
  return forms;
}

function sameTarget(a: LexiconTarget, b: LexiconTarget): boolean {
  if (a.kind === 'area' && b.kind === 'area') {
    return a.area.prefecture === b.area.prefecture && a.area.municipality === b.area.municipality;
  }
  return a.kind === b.kind && a.kind !== 'area' && b.kind !== 'area' && a.id === b.id;
}

class LexiconBuilder {
  readonly surfaces = new Map<string, LexiconTarget[]>();
  readonly words = new Map<string, LexiconTarget[]>();
  maxWords = 1;

  add(form: string | undefined, target: LexiconTarget): void {
    if (form === undefined) return;
    const key = normalize(form);
    // One-character surfaces would match inside anything; a single kanji (塾) is still a word.
    if (key.length === 0 || (key.length === 1 && !/\p{Script=Han}/u.test(key))) return;
    if (isAsciiWord(key)) {
      this.maxWords = Math.max(this.maxWords, toWords(form).length);
      this.put(this.words, key, target);
    } else {
      this.put(this.surfaces, key, target);
    }
  }

  private put(map: Map<string, LexiconTarget[]>, key: string, target: LexiconTarget): void {
    const targets = map.get(key);
    if (targets === undefined) map.set(key, [target]);
    else if (!targets.some((t) => sameTarget(t, target))) targets.push(target);
  }

  build(): Lexicon {
    for (const targets of [...this.surfaces.values(), ...this.words.values()]) preferPrefecture(targets);
    const lengths = [...new Set([...this.surfaces.keys()].map((key) => key.length))].sort((a, b) => b - a);
    return { surfaces: this.surfaces, lengths, words: this.words, maxWords: this.maxWords };
  }
}

/**
 * 「大阪」 names both 大阪府 and 大阪市; the prefecture is the safe reading (it contains the city), so the city
 * is dropped from such a surface. Homonyms in different prefectures (府中) stay ambiguous.
 */
function preferPrefecture(targets: LexiconTarget[]): void {
  const prefectures = new Set(
    targets.flatMap((t) =>
      t.kind === 'area' && t.area.municipality === undefined ? [t.area.prefecture] : [],
    ),
  );
  if (prefectures.size === 0) return;
  for (let i = targets.length - 1; i >= 0; i--) {
    const t = targets[i];
    if (t?.kind === 'area' && t.area.municipality !== undefined && prefectures.has(t.area.prefecture)) {
      targets.splice(i, 1);
    }
  }
}

/**
 * Precomputes every surface form of the catalogue's job types, conditions and areas (normalized) -> what it
 * names. Ambiguous forms keep all their targets. Linear in the catalogue's size (≈1,900 municipalities and
 * 150 job types build in a few tens of milliseconds).
 */
export function buildLexicon(input: LexiconInput): Lexicon {
  const builder = new LexiconBuilder();
  for (const jobType of input.jobTypes) {
    const target: LexiconTarget = { kind: 'jobType', id: jobType.id };
    for (const form of [...nameForms(jobType.name), jobType.reading, jobType.nameEn, ...jobType.synonyms]) {
      builder.add(form, target);
    }
  }
  for (const condition of input.conditions) {
    const target: LexiconTarget = { kind: 'condition', id: condition.id };
    for (const form of [...nameForms(condition.name), condition.reading, ...condition.synonyms]) {
      builder.add(form, target);
    }
  }
  for (const prefecture of input.prefectures) {
    const target: LexiconTarget = { kind: 'area', area: { prefecture: prefecture.name } };
    for (const form of prefectureForms(prefecture)) builder.add(form, target);
    for (const municipality of prefecture.municipalities) {
      const area = { prefecture: prefecture.name, municipality: municipality.name };
      for (const form of municipalityForms(municipality)) builder.add(form, { kind: 'area', area });
    }
  }
  return builder.build();
}
