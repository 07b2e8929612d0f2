import type { AnswerLevel } from '../engine';
import type { FoundToken, NegationKind, TokenSpec } from './answer-tokens';

interface Said {
  level: AnswerLevel | null;
  /** What the word meant before any negation (いい/大丈夫 negate from yes, even after an offer). */
  base: AnswerLevel | null;
  negation?: NegationKind;
  negations: number;
  strong: boolean;
  clause: number;
  conceded: boolean;
  softened: boolean;
}

/** yes -> probablyYes, no -> probablyNo; soft levels stay. */
export function soften(level: AnswerLevel | null): AnswerLevel | null {
  if (level === 'yes') return 'probablyYes';
  if (level === 'no') return 'probablyNo';
  return level;
}

/** Turning an answer around: 好き -> 好きじゃない (no); 嫌い -> 嫌いじゃない (only a weak yes). */
export function negate(level: AnswerLevel | null): AnswerLevel | null {
  switch (level) {
    case 'yes':
      return 'no';
    case 'no':
    case 'probablyNo':
      return 'probablyYes';
    case 'probablyYes':
      return 'probablyNo';
    default:
      return level;
  }
}

function polarity(level: AnswerLevel | null): number {
  if (level === 'yes' || level === 'probablyYes') return 1;
  if (level === 'no' || level === 'probablyNo') return -1;
  return 0;
}

/**
 * Reads the words of a reply, in order, into one answer. The last thing said decides (「いいえ、好きです」 is yes,
 * 「いや、いいね」 is yes); a softener before it, a hedge after it or a けど after it weakens it; a negation
 * right after a predicate turns it around. Weak words (うーん) only count when nothing else was said.
 */
export function evaluate(tokens: readonly FoundToken[], afterOffer: boolean): AnswerLevel | null {
  const said: Said[] = [];
  let pending: TokenSpec | undefined;
  let sinceAnswer: FoundToken[] = [];

  const push = (
    level: AnswerLevel | null,
    token: FoundToken,
    base: AnswerLevel | null,
    strong = true,
  ): void => {
    let value = level;
    let softened = false;
    if (pending !== undefined) {
      if (pending.kind === 'pre') {
        value = soften(value);
        softened = true;
      }
      pending = undefined;
    }
    const negation =
      token.spec.kind === 'pred' || token.spec.kind === 'offer' ? token.spec.negation : undefined;
    said.push({
      level: value,
      base,
      negation,
      negations: 0,
      strong,
      clause: token.clause,
      conceded: false,
      softened,
    });
    sinceAnswer = [];
  };

  for (const token of tokens) {
    const spec = token.spec;
    const last = said[said.length - 1];
    const attachable =
      last !== undefined &&
      last.clause === token.clause &&
      !sinceAnswer.some((t) => t.spec.kind === 'concede' || t.spec.kind === 'void');
    switch (spec.kind) {
      case 'answer':
        push(spec.level ?? null, token, spec.level ?? null, spec.weak !== true);
        break;
      case 'pred':
        if (spec.affirms === true && attachable && last?.negation !== undefined) break;
        push(spec.level ?? null, token, spec.level ?? null);
        break;
      case 'offer': {
        // 「いえ、ひとりで大丈夫です」: fine without it, after a no, is still a no.
        const declined = afterOffer || said.some((s) => s.strong && s.level === 'no');
        push(declined ? 'no' : 'yes', token, 'yes');
        break;
      }
      case 'void':
        push(null, token, null);
        break;
      case 'neg':
      case 'negSoft':
      case 'neg2': {
        const fits =
          last?.negation !== undefined && (spec.kind === 'neg2' || spec.negation === last.negation);
        if (attachable && last !== undefined && fits && last.negations === 0) {
          let value = negate(last.base);
          if (spec.kind === 'neg2') value = negate(value);
          if (spec.kind === 'negSoft') value = soften(value);
          last.level = last.softened ? soften(value) : value;
          last.negations = 1;
          sinceAnswer = [];
        } else if (spec.kind === 'negSoft' && attachable && last !== undefined && polarity(last.level) > 0) {
          // 「やりたいってほどでもない」: a wish said to be not that strong is a soft no.
          last.level = 'probablyNo';
          last.negations = 1;
          sinceAnswer = [];
        } else if (token.boundary) {
          push(spec.level ?? null, token, spec.level ?? null);
        } else if (spec.negation === 'nai' || spec.kind === 'neg2') {
          // 「時間がない」: a negation of something else; only an answer if nothing better was said.
          push(spec.level ?? null, token, spec.level ?? null, false);
        }
        break;
      }
      case 'post':
        if (
          attachable &&
          last !== undefined &&
          !(spec.keepsNo === true && last.level === 'no' && last.base === 'no')
        ) {
          last.level = soften(last.level);
        }
        break;
      case 'concede':
        if (last !== undefined) last.conceded = true;
        sinceAnswer.push(token);
        break;
      case 'pre':
      case 'intens':
        // 「まあどちらかといえばあんまりかなあ」: of softeners in a row, one with a meaning of its own (あんまり, 特に)
        // said last is the answer they lead to.
        if (pending?.kind !== 'pre' || (spec.kind === 'pre' && spec.trailing === 'alone')) pending = spec;
        sinceAnswer.push(token);
        break;
      default:
        sinceAnswer.push(token);
    }
  }
  if (pending !== undefined) trailing(pending, said, tokens);

  return decide(said);
}

/** A softener or intensifier with no answer after it: 「はい、たぶん」 softens, 「うーん、ちょっと」 is its own answer. */
function trailing(spec: TokenSpec, said: Said[], tokens: readonly FoundToken[]): void {
  const previous = [...said].reverse().find((s) => s.strong);
  const clause = tokens[tokens.length - 1]?.clause ?? 0;
  if (previous !== undefined && spec.trailing !== 'alone') {
    if (spec.trailing === 'soften') previous.level = soften(previous.level);
    return;
  }
  if (spec.level !== undefined) {
    const level = spec.level;
    said.push({ level, base: level, negations: 0, strong: true, clause, conceded: false, softened: false });
  }
}

function decide(said: readonly Said[]): AnswerLevel | null {
  const strong = said.filter((s) => s.strong);
  const pool = strong.length > 0 ? strong : said;
  const index = pool.length - 1;
  const final = pool[index];
  if (final === undefined) return null;
  let level = final.level;
  if (final.conceded) return soften(level);
  // 「好きだけど、無理」: a change of mind after けど is meant, but not fully.
  const before = pool[index - 1];
  if (before?.conceded === true && polarity(before.level) * polarity(level) < 0) level = soften(level);
  return level;
}
