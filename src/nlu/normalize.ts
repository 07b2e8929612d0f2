/**
 * Text folding for matching. Everything the NLU compares goes through here, both the lexicon's surface forms
 * and what the user said, so that width, case, katakana/hiragana, punctuation and emoji never matter.
 */

/** Only this many UTF-16 units of an utterance are looked at: replies are short, and the cost must stay flat. */
export const MAX_SCAN = 500;

const CLAUSE_SEPARATORS = /[、。,.!?;:…‥「」『』()[\]{}【】〈〉《》"'“”‘’\n\r\t]+/u;
const KEEP = /[\p{L}\p{N}]/u;
const KANA = /[\u3041-\u309f\u30fc]/u;
const TILDES = new Set(['〜', '~', '∼', '〰']);

/** Cuts to `max` UTF-16 units without leaving half a surrogate pair at the end. */
export function capText(text: string, max: number = MAX_SCAN): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/**
 * Regional ways of asking "is there…?" after ない, with or without a question mark: 「ないっちゃろか」 (日向・博多),
 * 「ないでえ」 (阿波), 「ないんな」 (讃岐), 「ないけ」 and 「ないんけ」 (北陸, 播州: 「姫路で夜勤のバイトないんけ」, p26-35;
 * not 「ないけど」「ないけん」「ないけえ」, which go on), 「ないかのし」 (紀州: 「温泉かホテルのパートないかのし？」, p26-37),
 * 「ないきゃあ」「ないきゃー」 (名古屋: ないかい; 「パン屋さんのパートないきゃあ？」), and 博多 「ないと？」 with its
 * question mark (「天神で夜からできるバイトないと？」, p27-02; without it, 「〜しないと」 is an obligation), 遠州 「ないだら」 and
 * 甲州・駿河 「ないずら」 and 三河・遠州 「ないら？」 at the end (「浜松で工場の仕事ないだら？」 had refused 工場, p29-24;
 * 「本屋かレンタルショップのバイトないら？」 both, p30-28).
 */
const ASKING_NAI_DIALECT =
  /ない(?:っちゃろう?か?|っちゃ(?=[\s。、！!？?]|$)|でえ|んな(?!ら)|ん?け(?![どれんぇえー])|かのし|かいちゃ|と(?=\s*[？?])|きゃ[あぁー]+|[だず]?ら(?=\s*[？?。]|\s*$))/gu;

/**
 * 「在宅のやつない？」: the question mark is all that tells asking for one from refusing it, and normalize() drops
 * it, so 「ない？」 is spelt 「ないの？」 first (a question either way), as are the regional questions above; 広島・関西
 * 「ないん？」 is 「ないの？」 too. The mark itself stays: it still ends the clause (「夜のバイトない？時給千二百円から」
 * says nothing of 時給 with its ない).
 */
export function spellAskingNai(text: string): string {
  // The question mark stays: it still ends the clause (「急募のやつない？すぐ決めたい」).
  return text.replace(/ないん?\s*([？?])/gu, 'ないの$1').replace(ASKING_NAI_DIALECT, 'ないかな');
}

/**
 * The matching form of a text: NFKC (full/half width), ASCII lower case, katakana folded to hiragana (ー kept,
 * and a wave dash after kana read as ー), every character that is not a letter or digit dropped (spaces,
 * punctuation, emoji, control characters, stray combining marks), runs of ー collapsed to one.
 * Idempotent: normalize(normalize(x)) === normalize(x).
 */
export function normalize(text: string): string {
  const first = capText(text).normalize('NFKC');
  let out = '';
  for (const ch of first) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x41 && code <= 0x5a) {
      out += String.fromCharCode(code + 0x20);
    } else if (code >= 0x30a1 && code <= 0x30f6) {
      out += String.fromCharCode(code - 0x60);
    } else if (TILDES.has(ch)) {
      if (out.length > 0 && KANA.test(out.charAt(out.length - 1))) out += 'ー';
    } else if (KEEP.test(ch)) {
      out += ch;
    }
  }
  // Dropping characters can bring composable neighbours together (Hangul jamo), so compose once more.
  const composed = out.normalize('NFKC').replace(/ー{2,}/gu, 'ー');
  return capText(composed);
}

type Script = 'katakana' | 'hiragana' | 'other';

/**
 * The script each character of `normalized` was written in, read off the raw text (folding to hiragana loses
 * it). Undefined when the two cannot be lined up (a composed character or a collapsed ー moved the positions).
 */
function scriptsOf(raw: string, normalized: string): Script[] | undefined {
  const scripts: Script[] = [];
  let out = '';
  let previous: Script | undefined;
  for (const ch of capText(raw).normalize('NFKC')) {
    const code = ch.codePointAt(0) ?? 0;
    let script: Script;
    if (code >= 0x30a1 && code <= 0x30f6) script = 'katakana';
    else if (code >= 0x3041 && code <= 0x309f) script = 'hiragana';
    else if (ch === 'ー' && previous !== undefined) script = previous;
    else if (KEEP.test(ch)) script = 'other';
    else continue;
    const folded = normalize(ch);
    out += folded;
    for (let i = 0; i < folded.length; i++) scripts.push(script);
    previous = script;
  }
  return out === normalized ? scripts : undefined;
}

/** What folding to hiragana forgot about the raw text, as positions in its normalized form. */
export interface ScriptMarks {
  /** Where katakana meets hiragana: 「けどレジは」 and 「ゲオみたい」 say where a katakana word ends. */
  readonly edges: Set<number>;
  /** The positions written in katakana (ジム, not じむ). */
  readonly katakana: Set<number>;
}

/** The script marks of a text, read once; both empty when the raw and normalized forms cannot be lined up. */
export function scriptMarks(raw: string, normalized: string): ScriptMarks {
  const marks: ScriptMarks = { edges: new Set(), katakana: new Set() };
  const scripts = scriptsOf(raw, normalized) ?? [];
  scripts.forEach((here, i) => {
    if (here === 'katakana') marks.katakana.add(i);
    const before = scripts[i - 1];
    if (before !== undefined && before !== here && before !== 'other' && here !== 'other') marks.edges.add(i);
  });
  return marks;
}

/** The utterance split at punctuation into normalized clauses (empty ones dropped). */
export function toClauses(text: string): string[] {
  return capText(text)
    .normalize('NFKC')
    .split(CLAUSE_SEPARATORS)
    .map(normalize)
    .filter((clause) => clause.length > 0);
}

/** English: clauses of lower-case words, apostrophes removed (don't -> dont). */
export function toWordClauses(text: string): string[][] {
  return capText(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`]/gu, '')
    .split(CLAUSE_SEPARATORS)
    .map((clause) => clause.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0))
    .filter((words) => words.length > 0);
}

/** All words of an English text, in order, ignoring clause boundaries. */
export function toWords(text: string): string[] {
  return toWordClauses(text).flat();
}

/** True when a normalized string is only ASCII letters and digits (matched word by word, not char by char). */
export function isAsciiWord(normalized: string): boolean {
  return /^[a-z0-9]+$/u.test(normalized);
}
