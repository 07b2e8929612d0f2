/** Hepburn romaji of hiragana, for place names written in Latin letters (しぶや -> shibuya). */

const DIGRAPHS: Readonly<Record<string, string>> = {
  きゃ: 'kya',
  きゅ: 'kyu',
  きょ: 'kyo',
  しゃ: 'sha',
  しゅ: 'shu',
  しょ: 'sho',
  ちゃ: 'cha',
  ちゅ: 'chu',
  ちょ: 'cho',
  にゃ: 'nya',
  にゅ: 'nyu',
  にょ: 'nyo',
  ひゃ: 'hya',
  ひゅ: 'hyu',
  ひょ: 'hyo',
  みゃ: 'mya',
  みゅ: 'myu',
  みょ: 'myo',
  りゃ: 'rya',
  りゅ: 'ryu',
  りょ: 'ryo',
  ぎゃ: 'gya',
  ぎゅ: 'gyu',
  ぎょ: 'gyo',
  じゃ: 'ja',
  じゅ: 'ju',
  じょ: 'jo',
  びゃ: 'bya',
  びゅ: 'byu',
  びょ: 'byo',
  ぴゃ: 'pya',
  ぴゅ: 'pyu',
  ぴょ: 'pyo',
};

const SINGLE = [
  'あa',
  'いi',
  'うu',
  'えe',
  'おo',
  'かka',
  'きki',
  'くku',
  'けke',
  'こko',
  'さsa',
  'しshi',
  'すsu',
  'せse',
  'そso',
  'たta',
  'ちchi',
  'つtsu',
  'てte',
  'とto',
  'なna',
  'にni',
  'ぬnu',
  'ねne',
  'のno',
  'はha',
  'ひhi',
  'ふfu',
  'へhe',
  'ほho',
  'まma',
  'みmi',
  'むmu',
  'めme',
  'もmo',
  'やya',
  'ゆyu',
  'よyo',
  'らra',
  'りri',
  'るru',
  'れre',
  'ろro',
  'わwa',
  'をo',
  'んn',
  'がga',
  'ぎgi',
  'ぐgu',
  'げge',
  'ごgo',
  'ざza',
  'じji',
  'ずzu',
  'ぜze',
  'ぞzo',
  'だda',
  'ぢji',
  'づzu',
  'でde',
  'どdo',
  'ばba',
  'びbi',
  'ぶbu',
  'べbe',
  'ぼbo',
  'ぱpa',
  'ぴpi',
  'ぷpu',
  'ぺpe',
  'ぽpo',
  'ゔvu',
  'ゃya',
  'ゅyu',
  'ょyo',
  'ぁa',
  'ぃi',
  'ぅu',
  'ぇe',
  'ぉo',
];
const SINGLES = new Map(SINGLE.map((entry) => [entry.charAt(0), entry.slice(1)]));

/** Romaji of a hiragana string, or undefined when it holds anything else. */
function hepburn(kana: string): string | undefined {
  let out = '';
  let double = false;
  for (let i = 0; i < kana.length; i++) {
    const pair = kana.slice(i, i + 2);
    let syllable = DIGRAPHS[pair];
    if (syllable !== undefined) i++;
    else if (kana.charAt(i) === 'っ') {
      double = true;
      continue;
    } else if (kana.charAt(i) === 'ー') continue;
    else syllable = SINGLES.get(kana.charAt(i));
    if (syllable === undefined) return undefined;
    if (double) syllable = (syllable.startsWith('ch') ? 't' : syllable.charAt(0)) + syllable;
    double = false;
    out += syllable;
  }
  return out;
}

/**
 * The ways a reading is written in Latin letters: as read (toukyou), with long vowels folded as on signs
 * and maps (tokyo, osaka, kichijoji), and with ん as m before b, m, p (namba beside nanba).
 */
export function toRomaji(kana: string): string[] {
  const full = hepburn(kana);
  if (full === undefined) return [];
  const folded = full.replace(/ou|oo/gu, 'o').replace(/uu/gu, 'u');
  const forms = folded === full ? [full] : [folded, full];
  // Traditional Hepburn writes ん before b, m, p as m, as stations are signed: Namba, Shimbashi, Nihombashi.
  const withM = forms
    .map((form) => form.replace(/n(?=[bmp])/gu, 'm'))
    .filter((form) => !forms.includes(form));
  return [...forms, ...withM];
}
