import type { AnswerLevel } from '../engine';

/** Which negation a predicate takes: 好き+じゃない (`ja`) or 興味+ない (`nai`). */
export type NegationKind = 'ja' | 'nai';

/**
 * What a word of an answer does:
 * - `answer`: an answer on its own (はい, 無理); `offer` words (いいです, 大丈夫) mean "no thanks" after an offer.
 * - `pred`: an answer that a following negation turns around (好き -> 好きじゃない).
 * - `neg`: a negation suffix; `neg2`: a double negation (なくはない); `negSoft`: でもない (好きでもない).
 * - `pre`: a softener before the answer (たぶん, あまり); alone it is an answer of its own.
 * - `intens`: an intensifier (全然, 絶対); alone it may be an answer.
 * - `post`: a hedge after the answer (かも, かな).
 * - `concede`: けど / でも: the answer before it is only half meant.
 * - `particle`: は, です, よ … (kept so that 「カフェはいや」 does not read as はい).
 * - `filler`: えっと, ありがとう, やっぱり …; `void`: a reply that is not an answer (ちょっと待って).
 */
export type TokenKind =
  | 'answer'
  | 'offer'
  | 'pred'
  | 'neg'
  | 'neg2'
  | 'negSoft'
  | 'pre'
  | 'intens'
  | 'post'
  | 'concede'
  | 'particle'
  | 'filler'
  | 'void';

export interface TokenSpec {
  readonly kind: TokenKind;
  /** The answer (answer/pred/offer), or what the word means alone (neg, pre, intens). */
  readonly level?: AnswerLevel;
  /** pred: the negation it takes; neg: the negation it is. */
  readonly negation?: NegationKind;
  /** Only counts when nothing stronger was said (うーん, いやー). */
  readonly weak?: boolean;
  /** pre/intens said after an answer: soften it, keep it, or replace it with their own meaning. */
  readonly trailing?: 'soften' | 'keep' | 'alone';
  /** ある after 興味: goes on with the answer before it instead of starting a new one. */
  readonly affirms?: boolean;
  /** post: a hedge that softens a yes but leaves a plain no as it is (「無理かな」 is a polite no). */
  readonly keepsNo?: boolean;
}

export interface FoundToken {
  readonly spec: TokenSpec;
  readonly text: string;
  readonly clause: number;
  /** At the start of a clause, or right after another (non-particle) word: 「いや、ない」 but not 「時間がない」. */
  readonly boundary: boolean;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  spec?: TokenSpec;
}

/** A dictionary of multi-unit surfaces (characters for Japanese, words for English). */
export class TokenTrie {
  private readonly root: TrieNode = { next: new Map() };

  add(units: readonly string[], spec: TokenSpec): void {
    if (units.length === 0) return;
    let node = this.root;
    for (const unit of units) {
      let child = node.next.get(unit);
      if (child === undefined) {
        child = { next: new Map() };
        node.next.set(unit, child);
      }
      node = child;
    }
    node.spec ??= spec;
  }

  /** Every (end, spec) of a surface starting at `start`. */
  matchesAt(units: readonly string[], start: number): { end: number; spec: TokenSpec }[] {
    const found: { end: number; spec: TokenSpec }[] = [];
    let node: TrieNode | undefined = this.root;
    for (let i = start; i < units.length && node !== undefined; i++) {
      node = node.next.get(units[i] ?? '');
      if (node?.spec !== undefined) found.push({ end: i + 1, spec: node.spec });
    }
    return found;
  }
}

/** Units skipped for free (not counted as unknown text): ー and a trailing っ (はいっ, やだっ). */
const IGNORABLE = new Set(['ー', 'っ']);

interface Step {
  unknown: number;
  tokens: number;
  end: number;
  spec?: TokenSpec;
}

/**
 * Segments one clause into known words: the segmentation leaving the fewest characters unexplained, then the
 * fewest words, then the longest word first. 「カフェはいや」 is カフェ|は|いや, not カフェ|はい|や.
 */
export function segment(units: readonly string[], trie: TokenTrie, clause: number): FoundToken[] {
  const n = units.length;
  const best: Step[] = new Array<Step>(n + 1);
  best[n] = { unknown: 0, tokens: 0, end: n };
  for (let i = n - 1; i >= 0; i--) {
    const after = best[i + 1] as Step;
    const skipCost = IGNORABLE.has(units[i] ?? '') ? 0 : 1;
    let step: Step = { unknown: after.unknown + skipCost, tokens: after.tokens, end: i + 1 };
    for (const match of trie.matchesAt(units, i)) {
      const rest = best[match.end] as Step;
      const candidate: Step = {
        unknown: rest.unknown,
        tokens: rest.tokens + 1,
        end: match.end,
        spec: match.spec,
      };
      if (better(candidate, step)) step = candidate;
    }
    best[i] = step;
  }

  const found: FoundToken[] = [];
  let previous: TokenSpec | undefined;
  let adjacent = true;
  for (let i = 0; i < n;) {
    const step = best[i] as Step;
    if (step.spec === undefined) {
      if (!IGNORABLE.has(units[i] ?? '')) adjacent = false;
      i = step.end;
      continue;
    }
    const boundary = adjacent && (previous === undefined || previous.kind !== 'particle');
    found.push({ spec: step.spec, text: units.slice(i, step.end).join(''), clause, boundary });
    previous = step.spec;
    adjacent = true;
    i = step.end;
  }
  return found;
}

function better(a: Step, b: Step): boolean {
  if (a.unknown !== b.unknown) return a.unknown < b.unknown;
  if (a.tokens !== b.tokens) return a.tokens < b.tokens;
  return a.end > b.end;
}
