import { englishStance, stancesOf, type Stance } from './mention-polarity';
import { normalize, toClauses, toWords } from './normalize';
import type { AreaMention, AreaRef, Lexicon, LexiconTarget, Mention, Mentions } from './types';

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly targets: readonly LexiconTarget[];
}

const KANA = /^[\u3041-\u309f\u30fc]+$/u;
/** Kana that can stand next to a short kana name without being part of a longer word (particles). */
const BEFORE_OK = new Set([...'はがのでにをとやもかへ']);
const AFTER_OK = new Set([...'はがのでにをとやもかへっじなよねだ']);
/** After a three-kana name (まっく, しぶや) more may follow: みたい, くらい, しか, ばかり, さえ, まで, 駅 (えき). */
const AFTER_OK_3 = new Set([...AFTER_OK, ...'みくぐしばさまけえ']);

/** 「ばー」 inside 「さーばー」 or 「まっく」 inside 「まっくら」 is no name: short kana names need a word edge. */
function standsAlone(text: string, start: number, end: number, key: string): boolean {
  if (key.length > 3 || !KANA.test(key)) return true;
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  const edge = (ch: string, ok: Set<string>): boolean => ch === '' || !KANA.test(ch) || ok.has(ch);
  // Three kana are mostly a katakana word (まっく, かふぇ): its end is what a longer word gives away.
  if (key.length === 3) return edge(after, AFTER_OK_3);
  return edge(before, BEFORE_OK) && edge(after, AFTER_OK);
}

/** Left to right, the longest known surface at each position. */
function scanText(text: string, lexicon: Lexicon): Hit[] {
  const hits: Hit[] = [];
  let i = 0;
  while (i < text.length) {
    let hit: Hit | undefined;
    for (const length of lexicon.lengths) {
      if (i + length > text.length) continue;
      const key = text.slice(i, i + length);
      const targets = lexicon.surfaces.get(key);
      if (targets !== undefined && standsAlone(text, i, i + length, key)) {
        hit = { start: i, end: i + length, surface: key, targets };
        break;
      }
    }
    if (hit === undefined) {
      i++;
    } else {
      hits.push(hit);
      i = hit.end;
    }
  }
  return hits;
}

/** ASCII names, whole words only ("cafe", "data entry"), with the English stance of the words before them. */
function scanWords(text: string, lexicon: Lexicon): { hit: Hit; stance: Stance }[] {
  // 「USJで働きたい」: Latin letters run into kana with no space, and are a word of their own.
  const words = toWords(text).flatMap((word) => word.match(/[a-z0-9]+|[^a-z0-9]+/gu) ?? []);
  const found: { hit: Hit; stance: Stance }[] = [];
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let k = Math.min(lexicon.maxWords, words.length - i); k >= 1 && matched === 0; k--) {
      const key = words.slice(i, i + k).join('');
      // "bars", "cafes": an English plural names the same thing.
      const targets =
        lexicon.words.get(key) ?? (key.endsWith('s') ? lexicon.words.get(key.slice(0, -1)) : undefined);
      if (targets === undefined) continue;
      found.push({
        hit: { start: i, end: i + k, surface: key, targets },
        stance: englishStance(words.slice(0, i)),
      });
      matched = k;
    }
    i += Math.max(matched, 1);
  }
  return found;
}

/** Where the clauses of the raw text end in its normalized form (none when the two cannot be lined up). */
function clauseBoundaries(text: string, normalized: string): number[] {
  const clauses = toClauses(text);
  if (clauses.join('') !== normalized) return [];
  const ends: number[] = [];
  let at = 0;
  for (const clause of clauses) {
    at += clause.length;
    ends.push(at);
  }
  return ends;
}

function areaKey(area: AreaRef): string {
  return `${area.prefecture}/${area.municipality ?? ''}`;
}

/** Whether a place said on its own (a prefecture, or a designated city) contains a municipality. */
function contains(outer: AreaRef, inner: AreaRef): boolean {
  if (outer.prefecture !== inner.prefecture || inner.municipality === undefined) return false;
  return outer.municipality === undefined || inner.municipality.startsWith(`${outer.municipality} `);
}

/**
 * 「広島の府中」「東京都渋谷区」「札幌の中央区」: an unambiguous place named next to a municipality narrows its
 * candidates down, and is then not reported on its own.
 */
function resolveAreas(areas: readonly AreaMention[]): AreaMention[] {
  const used = new Set<number>();
  const narrowed = areas.map((area, index): AreaMention => {
    let result = area;
    areas.forEach((outer, outerIndex) => {
      if (outerIndex === index || outer.candidates.length !== 1) return;
      const inside = result.candidates.filter((c) => contains(outer, c));
      if (inside.length === 0) return;
      used.add(outerIndex);
      result = { ...(inside[0] as AreaRef), surface: area.surface, candidates: inside };
    });
    return result;
  });
  return narrowed.filter((_, index) => !used.has(index));
}

/** Job types, conditions and places named in an utterance, with whether each is wanted or excluded. */
export function extractMentions(text: string, lexicon: Lexicon): Mentions {
  const jobTypes: Mention[] = [];
  const conditions: Mention[] = [];
  const areas: AreaMention[] = [];
  const seen = new Set<string>();

  const record = (hit: Hit, stance: Stance): void => {
    if (stance === 'indifferent' || stance === 'coordinated') return;
    const candidates: AreaRef[] = [];
    for (const target of hit.targets) {
      if (target.kind === 'area') {
        candidates.push(target.area);
        continue;
      }
      const key = `${target.kind}:${target.id}:${stance}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const mention: Mention = { id: target.id, polarity: stance, surface: hit.surface };
      (target.kind === 'jobType' ? jobTypes : conditions).push(mention);
    }
    const first = candidates[0];
    const key = `area:${candidates.map(areaKey).join('|')}`;
    if (first !== undefined && !seen.has(key)) {
      seen.add(key);
      areas.push({ ...first, surface: hit.surface, candidates });
    }
  };

  const normalized = normalize(text);
  const hits = scanText(normalized, lexicon);
  // Places take no stance (「大阪以外」 is out of scope), and a place read into a word must not cut a clause.
  const named = hits.filter((hit) => hit.targets.some((t) => t.kind !== 'area'));
  const namedStances = stancesOf(normalized, named, clauseBoundaries(text, normalized));
  const stanceOf = new Map(named.map((hit, i) => [hit, namedStances[i] ?? 'positive']));
  hits.forEach((hit) => record(hit, stanceOf.get(hit) ?? 'positive'));
  for (const { hit, stance } of scanWords(text, lexicon)) record(hit, stance);
  return { jobTypes, conditions, areas: resolveAreas(areas) };
}
