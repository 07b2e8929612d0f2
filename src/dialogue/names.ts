import type { Listing } from '../catalog/types';
import type { Renderer } from '../i18n/types';
import type { MessageKey } from '../i18n/keys';
import type { Spoken } from '../i18n/types';
import type { DialogueContext } from './context';
import { placeLabel } from './places';
import type { KindCode, Place } from './state';
import type { Unmet } from './constraints';
import type { Locale, Message } from './types';

/** How a job type or condition is called in this locale: catalogue data, interpolated into locale phrases. */
export function subjectName(ctx: DialogueContext, locale: Locale, kind: KindCode, id: string): string {
  if (kind === 't') {
    const type = ctx.lookup.jobTypes.get(id);
    return (locale === 'en' ? type?.nameEn : undefined) ?? type?.name ?? id;
  }
  const condition = ctx.lookup.conditions.get(id);
  return (locale === 'en' ? condition?.nameEn : undefined) ?? condition?.name ?? id;
}

/**
 * How a category or a group of job types (「接客」) said as one word is called: a group's English name in English,
 * else the catalogue's word itself.
 */
export function groupName(ctx: DialogueContext, locale: Locale, word: string): string {
  if (locale !== 'en') return word;
  return ctx.catalog.jobTypeGroups?.find((g) => g.name === word)?.nameEn ?? word;
}

/** Up to this many jobs are read aloud; the rest are counted. */
export const SPOKEN_JOBS = 3;

/**
 * The job list: every job shown, the first three read aloud with title, wage and area; a related job (one that
 * differs from what the user stated) says so.
 */
export function jobList(
  ctx: DialogueContext,
  locale: Locale,
  listings: readonly Listing[],
  pick: number,
  differences: readonly (readonly Unmet[])[] = [],
): Message {
  const r = ctx.renderer;
  const separator = r.message(locale, 'format.detailSeparator');
  const sentenceGlue = r.message(locale, 'format.sentenceJoin').speech;
  const spokenAgain = spokenNotesOf(
    r.message(locale, 'format.noteSubject').speech,
    r.message(locale, 'format.noteAlso').speech,
    r.message(locale, 'format.noteMore').speech,
  );
  // Read aloud, 「農作業スタッフ」 six times over tells the listener nothing: a title the spoken page repeats
  // says whose job it is (p29-03, p29-40).
  const titles = apartWhenRepeated(
    r,
    locale,
    listings.map((l) => listingTitle(ctx, locale, l)),
    listings.map((l) => l.company),
    SPOKEN_JOBS,
  );
  const lines = listings.map((listing, i) => {
    const parts: Spoken[] = [];
    if (listing.company) parts.push({ text: listing.company, speech: '' });
    if (listing.wage) parts.push(r.wage(locale, listing.wage));
    if (listing.area) parts.push(placeLabel(ctx, locale, placeOf(listing.area)));
    // Spoken: the pay only. The place is on the card (and often in the title already: 【京都市右京区】), and a
    // speaker reads three jobs within one turn; 「2番目を詳しく」 tells the rest.
    // The lowest pay only (「時給1520円から」): a speaker reads three jobs in one turn.
    const wage = listing.wage;
    const lowest = wage === undefined ? '' : r.wage(locale, { ...wage, max: wage.min }).speech;
    const spokenWage =
      wage === undefined || wage.max <= wage.min
        ? lowest
        : r.message(locale, 'job.wageFrom', { wage: lowest }).speech;
    const details: Spoken = {
      text: parts.map((p) => p.text).join(separator.text),
      speech: spokenWage,
    };
    const title = titles[i]!;
    const line = r.message(locale, 'job.line', { index: i + 1, title, details });
    const unmets = groupMissing(differences[i] ?? []);
    const notes = unmets.map((unmet) =>
      unmet.kind === 'missingMany'
        ? missingNote(ctx, locale, unmet.ids)
        : unmetNote(ctx, locale, 'job.differs', unmet),
    );
    // A speaker hears no card and no place in the line: a job outside the wished area says where it is
    // (「場所は愛媛県東温市で、ご希望の場所の外です」); the text line shows the place already.
    const spokenNotes = unmets.map((unmet, k) =>
      unmet.kind === 'area' && unmet.unstated !== true && listing.area
        ? r.message(locale, 'job.differs.areaAt', { place: placeLabel(ctx, locale, placeOf(listing.area)) })
        : notes[k]!,
    );
    return {
      text: line.text + notes.map((n) => n.text).join(''),
      // English sentences need a space between them (「…an hour.This one is…」 was read as one word).
      speech: [line.speech, ...spokenAgain(spokenNotes.map((n) => n.speech))].join(sentenceGlue),
    };
  });
  const spoken = lines.slice(0, SPOKEN_JOBS).map((l) => l.speech);
  if (listings.length > SPOKEN_JOBS) {
    spoken.push(
      r.message(locale, 'results.spokenRest', { count: listings.length - SPOKEN_JOBS }, { pick }).speech,
    );
  }
  return { text: lines.map((l) => l.text).join('\n'), speech: spoken.join(sentenceGlue) };
}

/**
 * A job's spoken notes after the first do not open with the same subject again: 「こちらはご希望とはちがう職種です。
 * また、早朝・朝のお仕事ではありません。」, not 「こちらは…。こちらは…。」 after every job (p25-40, p26-43 heard it).
 */
function spokenNotesOf(subject: string, also: string, more: string) {
  // 「また、…。また、…。」 was heard too (p29-32): the third and later say 「それに、」.
  return (notes: readonly string[]): string[] =>
    notes.map((n, k) =>
      k > 0 && subject !== '' && n.startsWith(subject)
        ? (k === 1 ? also : more) + n.slice(subject.length)
        : n,
    );
}

/**
 * Two or more conditions a job lacks, as one note where the first of them stood: 「（学生歓迎・外国人活躍中の
 * お仕事ではありません）」, not a bracket each (a Vietnamese student in 池袋 read three brackets after most jobs).
 */
function groupMissing(unmets: readonly Unmet[]): (Unmet | { kind: 'missingMany'; ids: string[] })[] {
  const ids = unmets.flatMap((u) => (u.kind === 'missing' ? [u.id] : []));
  if (ids.length < 2) return [...unmets];
  const at = unmets.findIndex((u) => u.kind === 'missing');
  const rest = unmets.filter((u) => u.kind !== 'missing');
  return [...rest.slice(0, at), { kind: 'missingMany', ids }, ...rest.slice(at)];
}

function missingNote(ctx: DialogueContext, locale: Locale, ids: readonly string[]): Message {
  const r = ctx.renderer;
  const names = ids.map((id) => subjectName(ctx, locale, 'c', id));
  const works = [...names.slice(0, -1), conditionAsWork(ctx, locale, ids.at(-1)!)];
  return r.message(locale, 'job.differs.missing', {
    name: r.tags(locale, names),
    work: r.tags(locale, works),
  });
}

const placeOf = ({ prefecture, municipality }: NonNullable<Listing['area']>): Place =>
  municipality ? [prefecture, municipality] : [prefecture];

/**
 * A job's title as the list and the replies say it. The titles are the catalogue's own, in Japanese: in English
 * the work is named first in English (「Convenience store staff (未経験歓迎｜コンビニスタッフ)」) and said aloud by
 * that name alone, as an English voice cannot read the Japanese (English users had seen only Japanese, p29-41).
 */
export function listingTitle(ctx: DialogueContext, locale: Locale, listing: Listing): Spoken {
  const [typeId] = listing.jobTypeIds;
  const work = typeId === undefined ? undefined : subjectName(ctx, locale, 't', typeId);
  return titleSaid(ctx.renderer, locale, listing.title, work);
}

/** A catalogue title as listingTitle says it, given the name of its first job type (a card carries both). */
export function titleSaid(
  renderer: Renderer,
  locale: Locale,
  title: string,
  work: string | undefined,
): Spoken {
  const own = { text: title, speech: spokenTitle(title) };
  return renderer.message(locale, 'job.title', { title: own, work: work ?? own });
}

/**
 * Titles read aloud one after another: where two of the first `upTo` would be said alike, each of those says whose
 * job it is (「農作業スタッフ」 six times over had told a listener nothing, p29-03, p29-40).
 */
export function apartWhenRepeated(
  renderer: Renderer,
  locale: Locale,
  titles: readonly Spoken[],
  companies: readonly (string | null | undefined)[],
  upTo: number,
): Spoken[] {
  const said = titles.slice(0, upTo).map((t) => t.speech);
  return titles.map((title, i) => {
    const company = companies[i];
    const repeated = i < upTo && said.filter((s) => s === title.speech).length > 1;
    if (!repeated || company === undefined || company === null) return title;
    return {
      text: title.text,
      speech: renderer.message(locale, 'format.titleOf', { title: title.speech, company }).speech,
    };
  });
}

/**
 * A title as a speaker says it: the work without the tags around it. 「【京都市右京区】塾講師（シニア活躍中）」 is
 * 塾講師, 「WワークOK｜コーヒースタンドのバリスタ」 コーヒースタンドのバリスタ, 「コンビニスタッフ★フリーター歓迎」
 * コンビニスタッフ; the tags are on the card and in 「詳しく」. The whole title when nothing is left.
 */
export function spokenTitle(title: string): string {
  const afterBar = title.includes('｜') ? title.slice(title.lastIndexOf('｜') + 1) : title;
  const core = afterBar
    .replace(/【[^】]*】/gu, '')
    // 「（主婦(夫)歓迎）」: the inner pair first, or the outer's close is left behind as 「歓迎）」.
    .replace(/[（(][^（()）]*[）)]/gu, '')
    .replace(/[（(][^（()）]*[）)]/gu, '')
    .split(/[★☆／/]/u)[0]!
    .trim();
  return core === '' ? title : core;
}

/**
 * What a related job misses, in words: after the job's line in the list (`job.differs`) or on its card
 * (`card.misses`). A wage miss says which: lower, not stated, or paid by another unit than the wish.
 */
/**
 * A condition as the work that has it, for 「〜ではありません」: 「高時給のお仕事」, and a label that ends in a verb
 * 「英語を活かせるお仕事」 (「英語を活かせるではありません」 is no Japanese). English keeps the name.
 */
export function conditionAsWork(ctx: DialogueContext, locale: Locale, id: string): string {
  const name = subjectName(ctx, locale, 'c', id);
  if (locale !== 'ja') return name;
  return /[るいすくたう]$/u.test(name) ? `${name}お仕事` : `${name}のお仕事`;
}

export function unmetNote(
  ctx: DialogueContext,
  locale: Locale,
  where: 'job.differs' | 'card.misses',
  unmet: Unmet,
): Message {
  const r = ctx.renderer;
  switch (unmet.kind) {
    case 'area':
      return r.message(locale, unmet.unstated === true ? `${where}.areaUnstated` : `${where}.area`);
    case 'jobType':
      return r.message(locale, `${where}.${unmet.kind}`);
    case 'missing':
    case 'present':
      return r.message(locale, `${where}.${unmet.kind}`, {
        name: subjectName(ctx, locale, 'c', unmet.id),
        work: conditionAsWork(ctx, locale, unmet.id),
      });
    case 'wage':
      if (unmet.why === 'unit') {
        // 「月給ではなく時給です」 alone leaves the user to do the sum; the sum is said with its assumption.
        return r.message(locale, unmet.brief === true ? `${where}.wageUnitBrief` : `${where}.wageUnit`, {
          unit: r.message(locale, `wageBasis.${unmet.paidPer}`),
          wished: r.message(locale, `wageBasis.${unmet.wished}`),
          // The two units differ by construction (a unit miss), so the key is one of the eight listed.
          estimate: r.message(
            locale,
            `wageEstimate.${unmet.paidPer}.${unmet.wished}${unmet.weekendsOnly === true ? 'Weekends' : ''}` as MessageKey,
            {
              amount: r.amount(unmet.estimate),
            },
          ),
        });
      }
      return r.message(locale, unmet.why === 'unstated' ? `${where}.wageUnstated` : `${where}.wage`);
  }
}
