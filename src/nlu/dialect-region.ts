/**
 * Prefectures a dialect points to, from words only its speakers use (じゃけん, やねん, ばってん …). Used for one
 * thing: when a place name is shared (八丁堀 is in 東京都中央区 and 広島市中区), the choice in the speaker's region
 * is offered first, so 「八丁堀じゃね」 said again by someone writing 「探しよるんじゃけど」 means Hiroshima's.
 * Only markers standard Japanese never uses are listed: a false hint would reorder a question, nothing more.
 */
const REGIONS: readonly { readonly markers: RegExp; readonly prefectures: readonly string[] }[] = [
  // 中国地方: 「〜じゃけん」「〜じゃけぇ」「〜じゃけど」「子どもがおるけえ」「ないかのう」「〜じゃのう」.
  {
    markers: /じゃけ[んぇえど]|(おる|しとる|ある|じゃ|いけん|ない)けえ|ないかのう|じゃのう/u,
    prefectures: ['広島県', '岡山県', '山口県'],
  },
  // 九州: 「ばってん」「〜やけん」「お願いしたかとです」「働けるとこなかね？」「よかです」 (p30-45: 浜町 of 長崎).
  {
    markers: /ばってん|やけん|かとです|よかです|なかと[？?]|なかね[？?]/u,
    prefectures: ['福岡県', '佐賀県', '長崎県', '熊本県', '大分県'],
  },
  // 関西: 「〜やねん」「〜へんねん」「せやな」「ほんま」「おおきに」.
  {
    markers: /やねん|へんねん|てんねん|せや[なねでから]|ほんま|おおきに|あかんねん/u,
    prefectures: ['大阪府', '京都府', '兵庫県', '奈良県', '和歌山県', '滋賀県'],
  },
  // 名古屋: 「〜だがや」「でかんわ」「〜みゃあ」.
  { markers: /だがや|でかん|みゃあ|だでよ/u, prefectures: ['愛知県', '岐阜県'] },
  // 土佐: 「〜ぜよ」「〜がやろ」「〜ないがや」.
  { markers: /ぜよ|がやろ|ないがや|ちゅうき/u, prefectures: ['高知県'] },
  // 北海道: 「なまら」「したっけ」.
  { markers: /なまら|したっけ/u, prefectures: ['北海道'] },
  // 沖縄: 「はいさい」「やっさ」「めんそーれ」.
  { markers: /はいさい|やっさ|めんそーれ/u, prefectures: ['沖縄県'] },
];

export function dialectPrefectures(text: string): readonly string[] {
  return REGIONS.filter((r) => r.markers.test(text)).flatMap((r) => r.prefectures);
}
