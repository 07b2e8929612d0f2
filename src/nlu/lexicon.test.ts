import type { JobType, Prefecture } from '../catalog';
import { municipalityForms } from './area-forms';
import { buildLexicon } from './lexicon';
import { miniLexicon } from './testing/mini-lexicon';
import type { LexiconTarget } from './types';

const describeTarget = (t: LexiconTarget): string =>
  t.kind === 'area' ? `${t.area.prefecture}${t.area.municipality ?? ''}` : `${t.kind}:${t.id}`;

describe('buildLexicon', () => {
  const lexicon = miniLexicon();
  const lookup = (surface: string): string[] => (lexicon.surfaces.get(surface) ?? []).map(describeTarget);

  it('indexes a category word in kana too, for speech and simple Japanese', () => {
    const factory = buildLexicon({
      jobTypes: [
        {
          id: 'line-work',
          name: 'ライン作業',
          reading: 'らいんさぎょう',
          category: '工場・製造',
          synonyms: [],
        },
      ],
      conditions: [],
      prefectures: [],
    });
    expect((factory.surfaces.get('こうじょう') ?? []).map(describeTarget)).toEqual(['category:工場・製造']);
    expect((factory.surfaces.get('工場') ?? []).map(describeTarget)).toEqual(['category:工場・製造']);
  });

  it('names a factory by what it makes, said with a verb too, and a job type by the two it joins with の', () => {
    const job = (id: string, name: string, synonyms: string[]): JobType => ({ id, name, synonyms });
    const built = buildLexicon({
      jobTypes: [
        job('food-factory', '食品製造', ['パン工場', 'お弁当の工場']),
        job('hotel', 'ホテル', []),
        job('cleaning', '清掃', ['掃除']),
        job('room-cleaning', '客室清掃', ['ホテルの掃除']),
      ],
      conditions: [],
      prefectures: [],
    });
    const at = (surface: string) => (built.surfaces.get(surface) ?? []).map(describeTarget);
    expect(at('ぱんを作る工場')).toEqual(['jobType:food-factory']);
    expect(at('お弁当をつくってるこうじょう')).toEqual(['jobType:food-factory']);
    expect(at('ぱんのこうば')).toEqual(['jobType:food-factory']);
    expect([...(built.jobCompounds ?? [])]).toEqual([['hotel|cleaning', 'room-cleaning']]);
  });

  it('indexes names, readings, synonyms and name parts of job types and conditions', () => {
    expect(lookup('かふぇ')).toEqual(['jobType:cafe']);
    expect(lookup('喫茶店')).toEqual(['jobType:cafe']);
    expect(lookup('ばー')).toEqual(['jobType:bar']);
    expect(lookup('ばーてんだー')).toEqual(['jobType:bar']);
    expect(lookup('日払い')).toEqual(['condition:daily-pay']);
    expect(lookup('日払いok')).toEqual(['condition:daily-pay']);
    expect(lookup('wわーく')).toEqual(['condition:double-work']);
    expect(lookup('副業')).toEqual(['condition:double-work']);
    expect(lexicon.words.get('dataentry')?.map(describeTarget)).toEqual(['jobType:data-entry']);
  });

  it('indexes areas with and without their suffix, and by reading', () => {
    for (const surface of ['渋谷区', '渋谷', 'しぶやく', 'しぶや'])
      expect(lookup(surface)).toEqual(['東京都渋谷区']);
    expect(lookup('東京')).toEqual(['東京都']);
    expect(lookup('とうきょう')).toEqual(['東京都']);
    expect(lexicon.words.get('tokyo')?.map(describeTarget)).toEqual(['東京都']);
    expect(lookup('府中')).toEqual(['東京都府中市', '広島県府中市']);
    expect(lookup('中央')).toEqual(['東京都中央区', '大阪府大阪市 中央区']);
    expect(lookup('大阪市中央区')).toEqual(['大阪府大阪市 中央区']);
    expect(lookup('北区')).toEqual(['大阪府大阪市 北区']);
    // A shared name keeps every place, best first: the prefecture, then the city (offered only if narrowed).
    expect(lookup('大阪')).toEqual(['大阪府', '大阪府大阪市']);
    expect(lookup('北')).toEqual([]);
  });

  it('derives municipality forms', () => {
    expect(
      municipalityForms({ name: '札幌市 中央区', reading: 'さっぽろし ちゅうおうく', lat: 0, lng: 0 }),
    ).toEqual(['札幌市中央区', 'さっぽろしちゅうおうく', '中央区', 'ちゅうおうく', '中央', 'ちゅうおう']);
    expect(municipalityForms({ name: '府中町', reading: 'ふちゅうちょう', lat: 0, lng: 0 })).toEqual([
      '府中町',
      'ふちゅうちょう',
      '府中',
      'ふちゅう',
    ]);
    expect(municipalityForms({ name: '港区', reading: 'みなとく', lat: 0, lng: 0 })).toEqual([
      '港区',
      'みなとく',
    ]);
    expect(municipalityForms({ name: '津市', reading: 'つし', lat: 0, lng: 0 })).toEqual(['津市', '津']);
  });

  it('builds a national-size lexicon', () => {
    const prefectures: Prefecture[] = Array.from({ length: 47 }, (_, p) => ({
      name: `県${p}県`,
      reading: 'けん',
      shortName: `県${p}`,
      shortReading: 'けん',
      nameEn: `Pref${p}`,
      lat: 0,
      lng: 0,
      municipalities: Array.from({ length: 41 }, (_, m) => ({
        name: `町${p}の${m}市`,
        reading: 'まちし',
        lat: 0,
        lng: 0,
      })),
    }));
    const jobTypes: JobType[] = Array.from({ length: 150 }, (_, j) => ({
      id: `job-${j}`,
      name: `仕事${j}`,
      synonyms: [`しごと${j}`],
      nameEn: `Job ${j}`,
    }));
    const big = buildLexicon({ jobTypes, conditions: [], prefectures });
    expect(big.surfaces.get('町46の40')?.map(describeTarget)).toEqual(['県46県町46の40市']);
    expect(big.words.get('job149')?.map(describeTarget)).toEqual(['jobType:job-149']);
  });
});
