import type { Random } from '../random';
import {
  COMPANY_STEMS,
  COMPANY_SUFFIXES,
  DEFAULT_COMPANY_SUFFIXES,
  JOB_PHRASES,
  TITLE_TAGS,
} from './title-parts';

export interface TitleParts {
  readonly typeId: string;
  readonly typeName: string;
  readonly conditionIds: readonly string[];
  readonly municipality: string | undefined;
}

/** A job-board style title: the job, one or two highlighted conditions, sometimes the place. */
export function listingTitle(random: Random, parts: TitleParts): string {
  const phrases = JOB_PHRASES[parts.typeId];
  const job = phrases === undefined ? parts.typeName : random.pick(phrases);
  const tags = parts.conditionIds.flatMap((id) => {
    const tag = TITLE_TAGS[id];
    return tag === undefined ? [] : [tag];
  });
  const first = takeTag(random, tags);
  const second = takeTag(random, tags);
  if (first === undefined)
    return parts.municipality === undefined ? job : `${job}（${place(parts.municipality)}）`;

  const nearStation =
    parts.conditionIds.includes('near-station') && first !== TITLE_TAGS['near-station']?.[0];
  switch (random.int(5)) {
    case 0:
      return `【${first}】${nearStation ? '駅チカの' : ''}${job}`;
    case 1:
      return `${first}｜${job}`;
    case 2:
      return second === undefined ? `${job}／${first}` : `${job}／${first}・${second}`;
    case 3:
      return parts.municipality === undefined
        ? `【${first}】${job}`
        : `【${place(parts.municipality)}】${job}（${first}）`;
    default:
      return second === undefined ? `${job}★${first}` : `【${first}】${job}★${second}`;
  }
}

/** Removes and returns a tag label, drawn by appeal. */
function takeTag(random: Random, tags: (readonly [string, number])[]): string | undefined {
  if (tags.length === 0) return undefined;
  const [tag] = tags.splice(random.weighted(tags.map(([, appeal]) => appeal)), 1);
  return tag?.[0];
}

/** 「札幌市 中央区」 reads as one place name in a title. */
function place(municipality: string): string {
  return municipality.replace(/\s+/gu, '');
}

/** An invented company name of the kind that posts this category of job. */
export function companyName(random: Random, category: string): string {
  const stem = random.pick(COMPANY_STEMS);
  const suffix = random.pick(COMPANY_SUFFIXES[category] ?? DEFAULT_COMPANY_SUFFIXES);
  const r = random.next();
  if (suffix.endsWith('会')) return `社会福祉法人${stem}${suffix}`;
  if (r < 0.55) return `株式会社${stem}${suffix}`;
  if (r < 0.8) return `${stem}${suffix}株式会社`;
  if (r < 0.9) return `有限会社${stem}${suffix}`;
  return `${stem}${suffix}`;
}
