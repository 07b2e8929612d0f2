/**
 * Emoji people answer with. normalize() drops every emoji, so they are spelt out as answer words first
 * (🙆 -> はい), each as a clause of its own. Skin tones and gender signs after them change nothing.
 */
const EMOJI_WORDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  // 🙏: 「お願いします」.
  ['はい', ['🙆', '👍', '⭕', '🆗', '👌', '✅', '✔', '☑', '💯', '🙌', '○', '〇', '🙏']],
  ['いいえ', ['🙅', '❌', '✖', '✕', '👎', '🚫', '🆖', '⛔', '×', '✗', '✘']],
  ['わからない', ['🤷', '❓', '❔', '🤔']],
];

const SPELLING = new Map<string, string>(
  EMOJI_WORDS.flatMap(([word, emoji]) => emoji.map((e): [string, string] => [e, word])),
);
const ANY = new RegExp(
  [...SPELLING.keys()].map((e) => e.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'),
  'gu',
);

/** The text with answer emoji written as words (「👍👍」 -> 「、はい、はい、」); other text is left as it is. */
export function spellEmoji(text: string): string {
  return text.replace(ANY, (emoji) => `、${SPELLING.get(emoji) ?? ''}、`);
}

/** What a yes or no sign says about the name before it: 「居酒屋は❌」 is 「居酒屋は無理」. */
const STANCE_WORDS = new Map<string, string>([
  ['はい', 'いい'],
  ['いいえ', '無理'],
]);

/**
 * The text with yes and no emoji written as stance words, in place and with no clause break, so that they
 * speak about the name they follow (「居酒屋は×」「カフェ👍」); other emoji are left for normalize() to drop.
 */
export function spellStanceEmoji(text: string): string {
  return text.replace(ANY, (emoji, at: number) =>
    // 「髪色自由じゃないとムリ🙅‍♀️」: after a stance word the sign only illustrates it; spelt, it would say it twice.
    AFTER_A_STANCE_WORD.test(text.slice(Math.max(0, at - 12), at))
      ? ''
      : (STANCE_WORDS.get(SPELLING.get(emoji) ?? '') ?? emoji),
  );
}

const AFTER_A_STANCE_WORD =
  /(無理|ムリ|むり|だめ|ダメ|駄目|いや|イヤ|嫌|やだ|NG|ng|いい|イイ|OK|ok|ええ|よか|可|です|ます)[ー〜~!！。、…\s]*$/u;
