import { normalize } from './normalize';

/**
 * 「絶対」「必須」「〜じゃないと無理」: the answer is a requirement, not a preference. Answers to the bot's own
 * questions are preferences unless said so firmly. Read from normalized text (hiragana, lower case, no spaces).
 */
const FIRM =
  /絶対|ぜったい|必須|ひっす|譲れない|ゆずれない|外せない|はずせない|(じゃ|で)?ないと(無理|むり|だめ|駄目|ダメ|困[るりっ]|こま[るりっ]|働けな|働けま|はたらけな|はたらけま|いけな|いけま)|なきゃ(無理|むり|だめ|駄目|ダメ|困[るりっ]|こま[るりっ])|条件です|must|absolutely|definitely|essential|nonnegotiable|haveto(have)?|dealbreaker/u;

export function saysFirmly(text: string): boolean {
  return FIRM.test(normalize(text).replace(/\s+/gu, ''));
}
