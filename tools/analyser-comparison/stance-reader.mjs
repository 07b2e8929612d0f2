// A stance reader over morphemes: what the clause after a name says about it, read from parts of speech and base
// forms. It sees only the neutral token shape below, so kuromoji and Lindera (both with IPADIC) are read by the
// same rules and differ only in how they cut and tag the text.
//
// Token: { surface, pos, detail, base, start, end }
//   pos     the part of speech (名詞, 助詞, 助動詞, 動詞, 形容詞, 記号, 接続詞, 副詞 …)
//   detail  its first subcategory (接続助詞, 並立助詞, 形容動詞語幹, 非自立 …), '*' when none
//   base    the dictionary form ('*' from the analyser is replaced by the surface)
//   start, end   character offsets in the text that was analysed
//
// This is a first version written from the grammar, not fitted to the labelled rows: it was written before the
// comparison was run. One change was made after its first run: 「いや」 at the end of a clause is tagged as a
// conjunction, so the clause-end rule dropped a refusal word the reader already listed (docs/analyser-comparison.md
// gives the figures before and after). Nothing else was changed after reading its misses.

/** Words that refuse or exclude what the clause is about (base forms, and surfaces for kana spellings). */
const REFUSING = new Set(
  `嫌 いや イヤ やだ 嫌い きらい 無理 むり ムリ 苦手 駄目 だめ ダメ 以外 避ける さける やめる
   止める 辞める 勘弁 遠慮 不要 なし 無し NG ng きつい キツい しんどい 困る あかん 除く 抜き`.split(/\s+/u),
);

/** Negating auxiliaries and the adjective ない (「経験ない」「なくはない」「なきゃ」「ません」「ず」). */
function isNegator(token) {
  if (token.pos === '助動詞') return ['ない', 'ぬ', 'ん', 'ず'].includes(token.base);
  if (token.pos === '形容詞') return token.base === 'ない' || token.base === '無い';
  return false;
}

function isRefusing(token) {
  return REFUSING.has(token.base) || REFUSING.has(token.surface);
}

/** Adjectives and adjectival nouns before a noun describe it (「きつい仕事」「嫌な客」): they are not the predicate. */
function isAttributive(tokens, index) {
  const token = tokens[index];
  if (!(token.pos === '形容詞' || token.detail === '形容動詞語幹') || token.base === 'ない') return false;
  const next = tokens[index + 1];
  const after = tokens[index + 2];
  const isNoun = (t) => t !== undefined && t.pos === '名詞' && t.detail !== '非自立' && t.detail !== '接尾';
  if (isNoun(next)) return true;
  return next !== undefined && next.surface === 'な' && isNoun(after);
}

const PUNCTUATION = '記号';
const CONTRAST_PARTICLES = new Set(['けど', 'けれど', 'けれども', 'が', 'し', 'のに']);
const REASON_PARTICLES = new Set(['から', 'ので']);
const COORDINATING = new Set(['と', 'や', 'とか', 'か', 'も', 'または', 'それと', 'あと', 'および', 'ほか']);
const SOFT_ADVERBS = new Set(['ちょっと', 'ちょい', 'あまり', 'あんまり']);
const QUESTION_TAIL = new Set(['の', 'か', 'かな', 'かね', 'です', 'でしょ', 'でしょう', 'ん']);

/** A word that says something about the name: a predicate, a refusal, a negation or a trailing 「ちょっと」. */
function says(token) {
  return (
    token.pos === '動詞' ||
    token.pos === '形容詞' ||
    token.pos === '助動詞' ||
    token.detail === '形容動詞語幹' ||
    isRefusing(token) ||
    (token.pos === '副詞' && SOFT_ADVERBS.has(token.base))
  );
}

/** Whether the token ends the clause as a contrast or a new sentence (「けど」「が」「し」, 「でも」, 「しかし」). */
function endsClause(tokens, index, first) {
  const token = tokens[index];
  // IPADIC tags a clause-final 「いや」 as a conjunction; as a refusal it ends nothing.
  if (isRefusing(token)) return false;
  if (token.pos === '接続詞') return true;
  if (token.pos === '助詞' && token.detail === '接続助詞' && CONTRAST_PARTICLES.has(token.base)) return true;
  // 「夜勤でもいい」: でも right after the name is "even"; later it is "but" (「嫌だ、でもカフェなら」).
  if (index === first) return false;
  if (token.surface === 'でも') return true;
  // 「無理でも」 cut as で + も after a predicate word.
  const next = tokens[index + 1];
  return token.surface === 'で' && next?.surface === 'も' && says(tokens[index - 1]);
}

/** 「カフェのバイトないの？」: asking whether there is one is wanting it, not refusing it. */
function asksWhetherThereIs(tokens, index) {
  const token = tokens[index];
  if (token.pos !== '形容詞' || token.base !== 'ない') return false;
  const rest = tokens.slice(index + 1).filter((t) => t.pos !== PUNCTUATION);
  return (
    rest.length > 0 &&
    rest.every((t) => QUESTION_TAIL.has(t.surface)) &&
    rest.some((t) => t.surface !== 'です')
  );
}

/** The stance of a stretch of tokens said about a name: 'positive' or 'negative'. */
export function stretchStance(tokens) {
  if (tokens.length === 0) return 'positive';
  // 「居酒屋よりカフェ」: the name is what something else is preferred to.
  if (tokens[0].base === 'より' && tokens[0].pos === '助詞') {
    return stretchStance(tokens.slice(1)) === 'negative' ? 'positive' : 'negative';
  }
  // 「給料が少ないから嫌」: after a reason, the predicate that follows it decides.
  let from = 0;
  tokens.forEach((token, index) => {
    const isReason = token.pos === '助詞' && token.detail === '接続助詞' && REASON_PARTICLES.has(token.base);
    if (isReason && tokens.slice(index + 1).some(says)) from = index + 1;
  });
  const clause = tokens.slice(from);
  let negations = 0;
  let predicate = false;
  clause.forEach((token, index) => {
    if (says(token) && !(token.pos === '副詞')) predicate = true;
    if (isAttributive(clause, index)) return;
    if (asksWhetherThereIs(clause, index)) return;
    // Two of them cancel: 「なくはない」「嫌じゃない」「じゃなきゃ無理」「以外は無理」.
    if (isNegator(token) || isRefusing(token)) negations++;
  });
  // 「夜勤はちょっと…」: a clause that trails off in ちょっと with no predicate refuses politely.
  if (!predicate && clause.some((t) => t.pos === '副詞' && SOFT_ADVERBS.has(t.base))) return 'negative';
  return negations % 2 === 1 ? 'negative' : 'positive';
}

/**
 * The stance of each name, given the tokens of the whole text and the names' character spans (ascending by
 * start; spans may repeat when one word names two things). Read right to left so that 「居酒屋とバー以外」 gives
 * 居酒屋 the stance of バー.
 */
export function readStances(tokens, spans) {
  const starts = [...new Set(spans.map((s) => s.start))].sort((a, b) => a - b);
  const byStart = new Map();
  for (let i = starts.length - 1; i >= 0; i--) {
    const start = starts[i];
    const end = Math.max(...spans.filter((s) => s.start === start).map((s) => s.end));
    const nextStart = starts[i + 1] ?? Infinity;
    const first = tokens.findIndex((t) => t.start >= end);
    const stretch = [];
    let reachedNext = false;
    let said = false;
    for (let k = first < 0 ? tokens.length : first; k < tokens.length; k++) {
      const token = tokens[k];
      if (token.start >= nextStart) {
        reachedNext = true;
        break;
      }
      if (endsClause(tokens, k, first)) break;
      if (token.pos === PUNCTUATION) {
        // A name with nothing said after it yet takes what the next clause says (「居酒屋は、ちょっと」).
        if (said) break;
        continue;
      }
      if (says(token)) said = true;
      stretch.push(token);
    }
    let stance;
    if (reachedNext && !said) {
      const next = byStart.get(starts[i + 1]);
      if (
        stretch.every(
          (t) => COORDINATING.has(t.base) || COORDINATING.has(t.surface) || t.detail === '並立助詞',
        )
      ) {
        stance = next;
      } else if (stretch[0]?.base === 'より' && stretch[0].pos === '助詞') {
        stance = next === 'negative' ? 'positive' : 'negative';
      } else {
        stance = 'positive';
      }
    } else {
      stance = stretchStance(stretch);
    }
    byStart.set(start, stance);
  }
  return spans.map((s) => byStart.get(s.start));
}
