import type { LexiconTarget } from './types';

export interface CompoundHit {
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly targets: readonly LexiconTarget[];
}

/** What joins a workplace to the work done there: 「ホテルのベッドメイク」「倉庫で仕分け」「クリーニング屋さんの受付」. */
const JOIN = /^(屋さん|屋|さん|室|店|場)?(の|で|にある|の中の|での)$/u;

/**
 * Role words that say only which desk of the workplace named before them: 「クリーニング屋さんの受付」 is the
 * cleaner's reception (the workplace's own job type), 「給食室で調理」 the school kitchen, 「ホテルの配膳」 the hotel's
 * banquet service and 「結婚式場の配膳」 the wedding hall's (p24-38 had been read as restaurant floor staff).
 * Normalized (hiragana).
 */
const ROLE_WORDS = new Set([
  '受付',
  'うけつけ',
  '調理',
  'ちょうり',
  '清掃',
  'せいそう',
  'すたっふ',
  '店員',
  '配膳',
  'はいぜん',
  '配膳すたっふ',
]);

/** Workplaces that are also job types, named before the work done there: the work is meant. Normalized. */
const WORKPLACE_WORDS = new Set([
  'ほてる',
  '倉庫',
  'そうこ',
  '工事現場',
  '現場',
  'でぱーと',
  '百貨店',
  'いべんと',
]);

const isJobType = (t: LexiconTarget): t is Extract<LexiconTarget, { kind: 'jobType' }> =>
  t.kind === 'jobType';

/** 「ホテルの掃除」「ホテルのお部屋の掃除」「歯医者さんの受付」: の or で, and at most one short noun of the place. */
const COMPOUND_JOIN = /^(屋さん|屋|さん)?(の|で|の中の)([^のでは]{1,4}の)?$/u;

/**
 * 「ホテルのお部屋の掃除」: two job types said together that the catalogue names as one (ホテルの掃除 is ホテル客室清掃)
 * are that one job type.
 */
function namedTogether<T extends CompoundHit>(
  text: string,
  hits: readonly T[],
  compounds: ReadonlyMap<string, string> | undefined,
): T[] {
  if (compounds === undefined || compounds.size === 0) return [...hits];
  const result: T[] = [];
  for (let i = 0; i < hits.length; i++) {
    const [first, second] = [hits[i] as T, hits[i + 1]];
    const joined =
      second !== undefined && COMPOUND_JOIN.test(text.slice(first.end, second.start))
        ? first.targets
            .filter(isJobType)
            .flatMap((a) => second.targets.filter(isJobType).map((b) => compounds.get(`${a.id}|${b.id}`)))
            .find((id) => id !== undefined)
        : undefined;
    if (joined === undefined || second === undefined) {
      result.push(first);
      continue;
    }
    result.push({
      ...first,
      end: second.end,
      surface: text.slice(first.start, second.end),
      targets: [{ kind: 'jobType', id: joined }],
    });
    i++;
  }
  return result;
}

/**
 * 「XのY」 with two job types: often one job, not two. A bare workplace followed by a task keeps the task
 * (「ホテルのベッドメイク」 is room cleaning, 「工事現場の交通誘導」 traffic control, 「倉庫で仕分け」 sorting); a
 * workplace followed by a mere role keeps the workplace (「調剤薬局の受付」). Development corpus rows read so by
 * writers who never saw the code (d-0283, d-0284, d-0293, d-0304, h-0275, h-0331).
 */
export function oneJobPerCompound<T extends CompoundHit>(
  text: string,
  found: readonly T[],
  compounds?: ReadonlyMap<string, string>,
): T[] {
  const hits = namedTogether(text, found, compounds);
  const dropped = new Set<number>();
  for (let i = 0; i + 1 < hits.length; i++) {
    const [first, second] = [hits[i] as T, hits[i + 1] as T];
    if (!first.targets.some(isJobType) || !second.targets.some(isJobType)) continue;
    if (!JOIN.test(text.slice(first.end, second.start))) continue;
    // 「交通誘導の警備」: a word for several types (警備) after one of them says which it is: that one.
    const firstTypes = first.targets.filter(isJobType).map((t) => t.id);
    const secondTypes = new Set(second.targets.filter(isJobType).map((t) => t.id));
    if (secondTypes.size > firstTypes.length && firstTypes.every((id) => secondTypes.has(id))) {
      dropped.add(i + 1);
      continue;
    }
    if (ROLE_WORDS.has(second.surface)) dropped.add(i + 1);
    else if (WORKPLACE_WORDS.has(first.surface)) dropped.add(i);
    // Otherwise both stand: 「ファミレスのホール」 is a family restaurant and hall work.
  }
  if (dropped.size === 0) return hits;
  return hits.flatMap((hit, index) => {
    if (!dropped.has(index)) return [hit];
    const targets = hit.targets.filter((t) => !isJobType(t));
    return targets.length === 0 ? [] : [{ ...hit, targets }];
  });
}
