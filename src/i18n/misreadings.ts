/** Kanji that are words of their own and read right alone (朝 あさ, 昼 ひる, 寮 りょう): labels say them so. */
const READ_ALONE = new Set(['朝', '昼', '夕', '夜', '寮', '町', '市', '県', '府']);

/**
 * What a speech synthesiser would likely misread in a speech form, each named: symbols left in (brackets,
 * slashes, ・ and the like are read out or dropped unpredictably), a range written with 、 (「週2、3日」: 3日 read
 * みっか, "the third"), a kanji alone between pauses that is no word of its own there (「主婦、夫、歓迎」: 夫
 * read おっと) and a single capital before Japanese (「Wワーク」: ダブリューワーク). Empty when nothing is found.
 */
export function misreadings(speech: string): string[] {
  const found: string[] = [];
  const symbol = /[()（）[\]［］【】「」『』〈〉《》/／・･★☆※〜～~|｜:：;；&＆#＃%％¥￥$＄*＊<>＜＞→←]/u.exec(
    speech,
  );
  if (symbol !== null) found.push(`the symbol ${symbol[0]}`);
  const range = /\d\s*[、,，]\s*\d/u.exec(speech);
  if (range !== null) found.push(`a range written with 、 (${range[0]})`);
  const lone = /(?:^|[、。！？,.!?\s])(\p{Script=Han})(?=[、。！？,.!?\s]|$)/u.exec(speech);
  if (lone !== null && !READ_ALONE.has(lone[1]!)) found.push(`the kanji ${lone[1]} alone between pauses`);
  const capital = /(?<![A-Za-z])[A-Z](?=[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}])/u.exec(
    speech,
  );
  if (capital !== null) found.push(`the letter ${capital[0]} before Japanese`);
  return found;
}
