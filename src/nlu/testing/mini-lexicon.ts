import type { Condition, JobType, Municipality, Prefecture } from '../../catalog';
import { buildLexicon } from '../lexicon';
import type { Lexicon } from '../types';

/** Hand-made catalogue data for the NLU tests; independent of data/catalog, which may change. */
export const MINI_JOB_TYPES: readonly JobType[] = [
  { id: 'cafe', name: 'カフェ', reading: 'かふぇ', synonyms: ['喫茶店', 'カフェバイト'], nameEn: 'Cafe' },
  { id: 'izakaya', name: '居酒屋', reading: 'いざかや', synonyms: ['飲み屋'], nameEn: 'Izakaya' },
  {
    id: 'convenience-store',
    name: 'コンビニ',
    reading: 'こんびに',
    synonyms: ['コンビニバイト', 'コンビニエンスストア'],
    nameEn: 'Convenience store',
  },
  { id: 'bar', name: 'バー・バーテンダー', reading: 'ばー', synonyms: ['バーテン'], nameEn: 'Bar' },
  {
    id: 'cram-school-teacher',
    name: '塾講師',
    reading: 'じゅくこうし',
    synonyms: ['塾バイト'],
    nameEn: 'Cram school',
  },
  {
    id: 'data-entry',
    name: 'データ入力',
    reading: 'でーたにゅうりょく',
    synonyms: ['入力作業'],
    nameEn: 'Data entry',
  },
];

export const MINI_CONDITIONS: readonly Condition[] = [
  { id: 'daily-pay', name: '日払いOK', synonyms: ['日払い', '即日払い'] },
  { id: 'high-wage', name: '高時給', reading: 'こうじきゅう', synonyms: ['時給が高い'] },
  { id: 'double-work', name: '副業・WワークOK', synonyms: ['Wワーク', '掛け持ち', '副業'] },
  { id: 'late-night', name: '深夜', reading: 'しんや', synonyms: ['夜勤'] },
];

function municipality(name: string, reading: string): Municipality {
  return { name, reading, lat: 0, lng: 0 };
}

function prefecture(
  name: string,
  reading: string,
  shortName: string,
  shortReading: string,
  nameEn: string,
  municipalities: Municipality[],
): Prefecture {
  return { name, reading, shortName, shortReading, nameEn, lat: 0, lng: 0, municipalities };
}

export const MINI_PREFECTURES: readonly Prefecture[] = [
  prefecture('東京都', 'とうきょうと', '東京', 'とうきょう', 'Tokyo', [
    municipality('渋谷区', 'しぶやく'),
    municipality('新宿区', 'しんじゅくく'),
    municipality('府中市', 'ふちゅうし'),
    municipality('中央区', 'ちゅうおうく'),
  ]),
  prefecture('大阪府', 'おおさかふ', '大阪', 'おおさか', 'Osaka', [
    municipality('大阪市', 'おおさかし'),
    municipality('大阪市 北区', 'おおさかし きたく'),
    municipality('大阪市 中央区', 'おおさかし ちゅうおうく'),
  ]),
  prefecture('広島県', 'ひろしまけん', '広島', 'ひろしま', 'Hiroshima', [
    municipality('府中市', 'ふちゅうし'),
  ]),
];

export function miniLexicon(): Lexicon {
  return buildLexicon({
    jobTypes: MINI_JOB_TYPES,
    conditions: MINI_CONDITIONS,
    prefectures: MINI_PREFECTURES,
  });
}
