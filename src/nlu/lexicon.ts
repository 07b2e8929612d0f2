import type { Condition, JobType, JobTypeGroup, Place, Prefecture } from '../catalog';
import { municipalityAreaForms, municipalityRank, prefectureAreaForms, spellings } from './area-forms';
import { placeForms } from './place-forms';
import { isAsciiWord, normalize, toWords } from './normalize';
import type { Lexicon, LexiconTarget } from './types';

export interface LexiconInput {
  readonly jobTypes: readonly JobType[];
  readonly conditions: readonly Condition[];
  readonly prefectures: readonly Prefecture[];
  /** Stations and districts (梅田 -> 大阪市 北区). */
  readonly places?: readonly Place[];
  /** Words for work across categories (接客, 力仕事), read as categories. */
  readonly jobTypeGroups?: readonly JobTypeGroup[];
}

/** Endings of condition names that people leave out: 日払いOK -> 日払い, 学生歓迎 -> 学生. */
const NAME_ENDINGS = /(ok|歓迎|あり|可|可能)$/u;

const ROLE_ONLY_PARTS = new Set(['アシスタント', 'スタッフ', '補助', '助手', 'サポート']);

/** A name and its parts: 「バー・バーテンダー」 -> バー・バーテンダー, バー, バーテンダー (and without OK/歓迎). */
function nameForms(name: string): string[] {
  const forms = [name];
  // 「美容師・アシスタント」: a part that is only a role (アシスタント, スタッフ) names no job on its own.
  const parts = name.split(/[・/／、,]/u).filter((part) => part.length > 0 && !ROLE_ONLY_PARTS.has(part));
  if (parts.length > 1) forms.push(...parts);
  for (const form of [...forms]) {
    const bare = normalize(form).replace(NAME_ENDINGS, '');
    if (bare !== normalize(form)) forms.push(bare);
  }
  return forms;
}

/**
 * The places a bare name means on its own: designated cities (those with wards), Tokyo's wards, and the
 * prefecture's seat (the city nearest the prefecture's recorded position, which is its office).
 */
function majorMunicipalities(prefecture: Prefecture): Set<string> {
  const majors = new Set<string>();
  let seat: { name: string; distance: number } | undefined;
  for (const m of prefecture.municipalities) {
    if (/\s/u.test(m.name)) {
      majors.add(m.name.split(/\s/u)[0] as string);
      continue;
    }
    if (prefecture.name === '東京都' && m.name.endsWith('区')) majors.add(m.name);
    const distance = (m.lat - prefecture.lat) ** 2 + (m.lng - prefecture.lng) ** 2;
    if (m.name.endsWith('市') && (seat === undefined || distance < seat.distance))
      seat = { name: m.name, distance };
  }
  if (seat !== undefined) majors.add(seat.name);
  return majors;
}

function sameTarget(a: LexiconTarget, b: LexiconTarget): boolean {
  if (a.kind === 'area' && b.kind === 'area') {
    return a.area.prefecture === b.area.prefecture && a.area.municipality === b.area.municipality;
  }
  if (a.kind === 'condition' && b.kind === 'condition') return a.id === b.id && a.inverted === b.inverted;
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
    else {
      const same = targets.findIndex((t) => sameTarget(t, target));
      if (same < 0) targets.push(target);
      else if (looser(target, targets[same])) targets[same] = target;
    }
  }

  readonly refusedMeans = new Map<string, string>();
  readonly ageConditions: { id: string; from: number }[] = [];
  readonly workerConditions = new Set<string>();
  readonly welcomeOnlyConditions = new Set<string>();
  compounds = new Map<string, string>();

  build(): Lexicon {
    for (const targets of [...this.surfaces.values(), ...this.words.values()]) {
      targets.sort((a, b) => rankOf(a) - rankOf(b));
    }
    const lengths = [...new Set([...this.surfaces.keys()].map((key) => key.length))].sort((a, b) => b - a);
    return {
      surfaces: this.surfaces,
      lengths,
      words: this.words,
      maxWords: this.maxWords,
      refusedMeans: this.refusedMeans,
      ageConditions: this.ageConditions,
      workerConditions: this.workerConditions,
      welcomeOnlyConditions: this.welcomeOnlyConditions,
      jobCompounds: this.compounds,
    };
  }
}

const FORM_ORDER = { name: 0, stem: 1, reading: 2 } as const;

/** 渋谷 is both a stem and, for a station list, a name: the form read in more places is kept. */
function looser(a: LexiconTarget, b: LexiconTarget | undefined): boolean {
  // A surface that is both a reading and a name of its own (こんびに) is a name: katakana may say it.
  if (a.kind !== 'area' && b !== undefined && b.kind !== 'area')
    return b.reading === true && a.reading !== true;
  return a.kind === 'area' && b?.kind === 'area' && FORM_ORDER[a.form] < FORM_ORDER[b.form];
}

/** Areas in the order a shared name is offered (prefecture, city, ward or station, town); others first. */
function rankOf(target: LexiconTarget): number {
  return target.kind === 'area' ? target.rank : -1;
}

/**
 * Precomputes every surface form of the catalogue's job types, conditions and areas (normalized) -> what it
 * names. Ambiguous forms keep all their targets. Linear in the catalogue's size (≈1,900 municipalities and
 * 150 job types build in a few tens of milliseconds).
 */
/** Category words that say nothing about the work by themselves. */
const VAGUE_CATEGORY_WORDS = new Set(['その他', 'サービス']);

/**
 * Readings of common category words, for speech recognisers and simple Japanese written in kana (「こうじょう の
 * しごと」). The catalogue names its categories in kanji only; these are ordinary words, not catalogue data, so a
 * catalogue with other categories simply gets no kana form for them.
 */
const CATEGORY_WORD_READINGS: Readonly<Record<string, readonly string[]>> = {
  工場: ['こうじょう', 'こうば'],
  製造: ['せいぞう'],
  飲食: ['いんしょく'],
  販売: ['はんばい'],
  軽作業: ['けいさぎょう'],
  物流: ['ぶつりゅう'],
  介護: ['かいご'],
  医療: ['いりょう'],
  福祉: ['ふくし'],
  教育: ['きょういく'],
  美容: ['びよう'],
  建築: ['けんちく'],
  土木: ['どぼく'],
  営業: ['えいぎょう'],
};

/** Words for a factory, and how people say what it makes: パンを作る工場, お弁当をつくってる工場. */
const FACTORY_WORDS = ['工場', 'こうじょう', 'こうば'];
const MAKING = ['の', 'を作る', 'をつくる', 'を作ってる', 'をつくってる', 'を作っている', 'をつくっている'];

/**
 * 「パン工場」「お弁当の工場」 in the catalogue name a factory by what it makes; 「パンを作る工場」「おべんとうを
 * つくる工場」 say the same, and so does either word for the factory (工場, こうじょう, こうば).
 */
function factoryForms(form: string | undefined): string[] {
  const made = form === undefined ? null : /^(.+?)の?(工場|こうじょう|こうば)$/u.exec(normalize(form));
  if (made === null) return [];
  const product = made[1] as string;
  return FACTORY_WORDS.flatMap((factory) => MAKING.map((making) => `${product}${making}${factory}`));
}

/**
 * 「ホテルの掃除」 names ホテル客室清掃 in the catalogue: a job type named by two others joined with の stands for
 * them said together (「ホテルのお部屋の掃除」 is ホテル客室清掃, not ホテル and 清掃). Keyed `first|second`.
 */
function jobCompounds(
  builder: LexiconBuilder,
  jobTypes: readonly JobType[],
  formsOf: (jobType: JobType) => (string | undefined)[],
): Map<string, string> {
  const compounds = new Map<string, string>();
  const jobTypesOf = (surface: string): string[] =>
    (builder.surfaces.get(surface) ?? []).flatMap((t) => (t.kind === 'jobType' ? [t.id] : []));
  for (const jobType of jobTypes) {
    for (const form of formsOf(jobType)) {
      if (form === undefined) continue;
      const key = normalize(form);
      for (let at = key.indexOf('の'); at > 0; at = key.indexOf('の', at + 1)) {
        for (const first of jobTypesOf(key.slice(0, at))) {
          for (const second of jobTypesOf(key.slice(at + 1))) {
            const pair = `${first}|${second}`;
            if (first !== jobType.id && second !== jobType.id && first !== second && !compounds.has(pair))
              compounds.set(pair, jobType.id);
          }
        }
      }
    }
  }
  return compounds;
}

export function buildLexicon(input: LexiconInput): Lexicon {
  const builder = new LexiconBuilder();
  const formsOf = (jobType: JobType): (string | undefined)[] => [
    ...nameForms(jobType.name),
    jobType.reading,
    jobType.nameEn,
    ...jobType.synonyms,
  ];
  for (const jobType of input.jobTypes) {
    const target: LexiconTarget = { kind: 'jobType', id: jobType.id };
    for (const form of formsOf(jobType)) {
      const said = form === jobType.reading ? { ...target, reading: true as const } : target;
      builder.add(form, said);
      for (const made of factoryForms(form)) builder.add(made, said);
    }
  }
  builder.compounds = jobCompounds(builder, input.jobTypes, formsOf);
  // 「飲食以外」「販売系」: people name the large categories too. Their parts (フード・飲食 -> 飲食) except words
  // too general to mean a category on their own, and words a group is named by: 軽作業 is the group of
  // warehouse work, not all of 軽作業・物流 (タクシー, 警備).
  const groupNames = new Set((input.jobTypeGroups ?? []).map((g) => g.name));
  for (const category of new Set(input.jobTypes.flatMap((t) => (t.category ? [t.category] : [])))) {
    const target: LexiconTarget = { kind: 'category', id: category };
    for (const part of category.split(/[・/／]/u)) {
      if (part.length < 2 || VAGUE_CATEGORY_WORDS.has(part) || groupNames.has(part)) continue;
      builder.add(part, target);
      for (const form of CATEGORY_WORD_READINGS[part] ?? []) builder.add(form, { ...target, reading: true });
    }
  }
  // 「接客以外で」「力仕事は無理」: a group is named like a category, by its name; the dialogue expands both.
  for (const group of input.jobTypeGroups ?? []) {
    const target: LexiconTarget = { kind: 'category', id: group.name };
    for (const form of [group.name, group.nameEn, ...group.synonyms]) builder.add(form, target);
    builder.add(group.reading, { ...target, reading: true });
  }
  for (const condition of input.conditions) {
    const target: LexiconTarget = { kind: 'condition', id: condition.id };
    for (const form of [...nameForms(condition.name), condition.nameEn, ...condition.synonyms]) {
      builder.add(form, target);
    }
    builder.add(condition.reading, { ...target, reading: true });
    for (const form of condition.opposites ?? []) {
      builder.add(form, { kind: 'condition', id: condition.id, inverted: true });
    }
    if (condition.refusedMeans !== undefined) builder.refusedMeans.set(condition.id, condition.refusedMeans);
    if (condition.ageFrom !== undefined)
      builder.ageConditions.push({ id: condition.id, from: condition.ageFrom });
    if (condition.describesWorker === true) builder.workerConditions.add(condition.id);
    if (condition.welcomeOnly === true) builder.welcomeOnlyConditions.add(condition.id);
  }
  for (const prefecture of input.prefectures) {
    const area = { prefecture: prefecture.name };
    for (const { form, kind } of prefectureAreaForms(prefecture)) {
      builder.add(form, { kind: 'area', area, form: kind, rank: 0 });
    }
    const majors = majorMunicipalities(prefecture);
    for (const municipality of prefecture.municipalities) {
      const area = { prefecture: prefecture.name, municipality: municipality.name };
      const rank = municipalityRank(prefecture.name, municipality.name);
      const major = majors.has(municipality.name);
      for (const form of municipalityAreaForms(municipality)) {
        const target: LexiconTarget = {
          kind: 'area',
          area,
          form: form.kind,
          rank: form.rank ?? rank,
          ...(major ? { major } : {}),
        };
        for (const spelling of spellings(form.form)) builder.add(spelling, target);
      }
    }
  }
  for (const place of input.places ?? []) {
    const area = { prefecture: place.prefecture, municipality: place.municipality };
    for (const { form, kind } of placeForms(place))
      // A well-known station or district (上野, 梅田) is what its name means, not a village of that name.
      builder.add(form, { kind: 'area', area, form: kind, rank: 2, major: true });
  }
  return builder.build();
}
