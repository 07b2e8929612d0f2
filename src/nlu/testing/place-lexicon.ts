import type { Municipality, Place, Prefecture } from '../../catalog';
import { buildLexicon } from '../lexicon';
import type { Lexicon } from '../types';

/**
 * Hand-made places for the place-reading tests: real names chosen for their traps (いいで in いいです, かんな in
 * わかんない, 秋葉 in 秋葉原, さがし in さがしてます, 横浜町 beside 横浜市), independent of data/catalog.
 */
function m(name: string, reading: string, lat = 0, lng = 0): Municipality {
  return { name, reading, lat, lng };
}

function pref(name: string, reading: string, nameEn: string, municipalities: Municipality[]): Prefecture {
  const shortName = name === '北海道' ? name : name.slice(0, -1);
  const shortReading = reading.replace(/(と|ふ|けん)$/u, '');
  return { name, reading, shortName, shortReading, nameEn, lat: 0, lng: 0, municipalities };
}

export const PLACE_PREFECTURES: readonly Prefecture[] = [
  pref('青森県', 'あおもりけん', 'Aomori', [m('横浜町', 'よこはままち')]),
  pref('山形県', 'やまがたけん', 'Yamagata', [m('飯豊町', 'いいでまち')]),
  pref('群馬県', 'ぐんまけん', 'Gunma', [
    m('神流町', 'かんなまち'),
    m('上野村', 'うえのむら'),
    m('草津町', 'くさつまち', 1, 1),
  ]),
  // The prefecture's seat is the city nearest its recorded position (0, 0 here): 大津市, not 草津市.
  pref('滋賀県', 'しがけん', 'Shiga', [m('草津市', 'くさつし', 1, 1), m('大津市', 'おおつし')]),
  pref('埼玉県', 'さいたまけん', 'Saitama', [
    m('川口市', 'かわぐちし'),
    m('蕨市', 'わらびし'),
    m('草加市', 'そうかし'),
  ]),
  pref('東京都', 'とうきょうと', 'Tokyo', [
    m('新宿区', 'しんじゅくく'),
    m('千代田区', 'ちよだく'),
    m('豊島区', 'としまく'),
    m('台東区', 'たいとうく'),
    m('中央区', 'ちゅうおうく'),
    m('府中市', 'ふちゅうし'),
    m('国立市', 'くにたちし'),
    m('板橋区', 'いたばしく'),
  ]),
  pref('神奈川県', 'かながわけん', 'Kanagawa', [
    m('横浜市', 'よこはまし'),
    m('横浜市 中区', 'よこはまし なかく'),
    m('横浜市 西区', 'よこはまし にしく'),
    m('横浜市 保土ケ谷区', 'よこはまし ほどがやく'),
  ]),
  pref('新潟県', 'にいがたけん', 'Niigata', [
    m('新潟市', 'にいがたし'),
    m('新潟市 秋葉区', 'にいがたし あきはく'),
  ]),
  pref('千葉県', 'ちばけん', 'Chiba', [m('柏市', 'かしわし')]),
  pref('岐阜県', 'ぎふけん', 'Gifu', [m('神戸町', 'ごうどちょう')]),
  pref('大阪府', 'おおさかふ', 'Osaka', [m('大阪市', 'おおさかし'), m('大阪市 北区', 'おおさかし きたく')]),
  pref('兵庫県', 'ひょうごけん', 'Hyogo', [
    m('神戸市', 'こうべし'),
    m('神戸市 中央区', 'こうべし ちゅうおうく'),
  ]),
  pref('岡山県', 'おかやまけん', 'Okayama', [m('岡山市', 'おかやまし'), m('倉敷市', 'くらしきし')]),
  pref('広島県', 'ひろしまけん', 'Hiroshima', [m('府中市', 'ふちゅうし'), m('府中町', 'ふちゅうちょう')]),
  pref('高知県', 'こうちけん', 'Kochi', [m('佐川町', 'さかわちょう')]),
  pref('長野県', 'ながのけん', 'Nagano', [m('松本市', 'まつもとし')]),
  pref('福岡県', 'ふくおかけん', 'Fukuoka', [m('中間市', 'なかまし')]),
  pref('佐賀県', 'さがけん', 'Saga', [m('佐賀市', 'さがし')]),
  pref('大分県', 'おおいたけん', 'Oita', []),
];

export const PLACE_STATIONS: readonly Place[] = [
  { name: '秋葉原', reading: 'あきはばら', prefecture: '東京都', municipality: '千代田区' },
  { name: '池袋', reading: 'いけぶくろ', prefecture: '東京都', municipality: '豊島区' },
  { name: '上野', reading: 'うえの', prefecture: '東京都', municipality: '台東区' },
  { name: '梅田', reading: 'うめだ', prefecture: '大阪府', municipality: '大阪市 北区' },
  { name: '成増', reading: 'なります', prefecture: '東京都', municipality: '板橋区' },
  { name: '三宮', reading: 'さんのみや', prefecture: '兵庫県', municipality: '神戸市 中央区' },
  { name: '横浜駅', reading: 'よこはまえき', prefecture: '神奈川県', municipality: '横浜市 西区' },
];

export function placeLexicon(): Lexicon {
  return buildLexicon({
    jobTypes: [],
    conditions: [],
    prefectures: PLACE_PREFECTURES,
    places: PLACE_STATIONS,
  });
}
