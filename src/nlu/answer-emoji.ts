/**
 * Emoji people answer with. normalize() drops every emoji, so they are spelt out as answer words first
 * (🙆 -> はい), each as a clause of its own. Skin tones and gender signs after them change nothing.
 */
const EMOJI_WORDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['はい', ['🙆', '👍', '⭕', '🆗', '👌', '✅', '✔', '☑', '💯', '🙌']],
  ['いいえ', ['🙅', '❌', '✖', '✕', '👎', '🚫', '🆖', '⛔']],
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
