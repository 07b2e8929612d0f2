import type { Catalog } from '../../catalog/types';
import { areaSlotValues } from '../shared/area-slot-values';

/** One generated file of the Actions Builder project, relative to skills/google/. */
export interface ActionsFile {
  readonly path: string;
  readonly content: string;
}

interface Entity {
  readonly key: string;
  readonly synonyms: readonly string[];
}

/**
 * A YAML quoted scalar as prettier writes it, so it leaves the file as it is: single quotes, or double quotes for
 * a word with an apostrophe and nothing double quotes would have to escape ("don't need a resume").
 */
const quote = (s: string): string =>
  s.includes("'") && !/["\\]/u.test(s) ? `"${s}"` : `'${s.replace(/'/gu, "''")}'`;

function typeYaml(entities: readonly Entity[], base: boolean): string {
  const lines = ['synonym:', '  entities:'];
  for (const entity of entities) {
    lines.push(`    ${quote(entity.key)}:`, '      synonyms:');
    for (const synonym of entity.synonyms) lines.push(`        - ${quote(synonym)}`);
  }
  if (base) lines.push('  matchType: EXACT_MATCH', '  acceptUnknownValues: false');
  return `${lines.join('\n')}\n`;
}

/** Entities whose words are unique across the type (a word two entries share is kept for the first). */
function uniqueEntities(entries: readonly { key: string; words: readonly string[] }[]): Entity[] {
  const taken = new Set<string>();
  const keys = new Set<string>();
  const entities: Entity[] = [];
  for (const { key, words } of entries) {
    if (keys.has(key)) continue;
    const synonyms: string[] = [];
    for (const raw of words) {
      const word = raw.trim();
      if (word === '' || taken.has(word.toLowerCase())) continue;
      taken.add(word.toLowerCase());
      synonyms.push(word);
    }
    if (synonyms.length === 0) continue;
    keys.add(key);
    entities.push({ key, synonyms });
  }
  return entities;
}

/**
 * The project's custom types, generated from the catalogue: JobType, JobCondition and JobArea in Japanese (the
 * default locale: names, kana readings, synonyms) and English. Keys are the catalogue's Japanese names, which
 * the dialogue understands when a type value is all there is.
 */
export function actionsTypeFiles(
  catalog: Pick<Catalog, 'jobTypes' | 'conditions' | 'prefectures' | 'places'>,
): ActionsFile[] {
  const jobTypes = (english: boolean) =>
    uniqueEntities(
      catalog.jobTypes.map((t) => ({
        key: t.name,
        words: english ? [t.nameEn ?? t.name] : [t.name, t.reading ?? '', ...t.synonyms],
      })),
    );
  const conditions = uniqueEntities(
    catalog.conditions.map((c) => ({ key: c.name, words: [c.name, c.reading ?? '', ...c.synonyms] })),
  );
  const englishPrefectures = catalog.prefectures.map((p) => ({ key: p.name, words: [p.nameEn] }));
  // A name several places share is an entity of its own, read by the dialogue like typed text (「横浜」).
  const areas = areaSlotValues(catalog.prefectures, catalog.places).map((v) => ({
    key: v.value,
    words: [v.value, ...v.synonyms],
  }));
  return [
    { path: 'custom/types/JobType.yaml', content: typeYaml(jobTypes(false), true) },
    { path: 'custom/types/en/JobType.yaml', content: typeYaml(jobTypes(true), false) },
    { path: 'custom/types/JobCondition.yaml', content: typeYaml(conditions, true) },
    {
      path: 'custom/types/JobArea.yaml',
      content: typeYaml(uniqueEntities(areas), true),
    },
    { path: 'custom/types/en/JobArea.yaml', content: typeYaml(uniqueEntities(englishPrefectures), false) },
  ];
}
