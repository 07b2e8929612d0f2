import type { Condition, JobType, Listing, Prefecture } from '../../catalog/types';
import { CooccurrenceCounts, CooccurrenceModel } from '../../engine';
import type { DialogueCatalog } from '../context';

const type = (id: string, name: string, reading: string, nameEn: string): JobType => ({
  id,
  name,
  reading,
  nameEn,
  synonyms: [],
});
const condition = (id: string, name: string, synonyms: string[], question?: string): Condition => ({
  id,
  name,
  synonyms,
  ...(question ? { question } : {}),
});
const town = (name: string, reading: string, lat: number, lng: number) => ({ name, reading, lat, lng });
const prefecture = (
  name: string,
  reading: string,
  shortName: string,
  nameEn: string,
  municipalities: Prefecture['municipalities'],
): Prefecture => ({
  name,
  reading,
  shortName,
  shortReading: reading.replace(/[とふけん]$/u, ''),
  nameEn,
  lat: municipalities[0]!.lat,
  lng: municipalities[0]!.lng,
  municipalities,
});

let serial = 0;
function job(
  title: string,
  jobTypeIds: string[],
  conditionIds: string[],
  prefecture: string,
  municipality: string,
  min: number,
  max = min,
): Listing {
  serial++;
  const id = `L${String(serial).padStart(6, '0')}`;
  return {
    id,
    title,
    company: `会社${serial}`,
    jobTypeIds,
    conditionIds,
    wage: { unit: 'hour', min, max },
    area: { prefecture, municipality },
    url: `https://jobs.example/${id}`,
  };
}

/**
 * A hand-made catalogue: four job types, four conditions, a few places (two 府中, one place without jobs)
 * and 22 listings. Titles carry the symbols real titles have (【】, ／, ★, （）), to test what is spoken.
 */
export function smallCatalog(): DialogueCatalog {
  serial = 0;
  const jobTypes = [
    type('cafe', 'カフェ', 'かふぇ', 'Cafe staff'),
    type('konbini', 'コンビニ', 'こんびに', 'Convenience store staff'),
    type('restaurant', 'レストラン', 'れすとらん', 'Restaurant staff'),
    type('izakaya', '居酒屋', 'いざかや', 'Izakaya staff'),
  ];
  const conditions = [
    condition('daily-pay', '日払いOK', ['日払い'], 'お給料は日払いだとうれしいですか？'),
    condition('high-wage', '高時給', ['時給が高い'], '時給が高いお仕事がいいですか？'),
    condition('weekends', '土日のみOK', ['土日']),
    condition('short-days', '週2〜3日OK', ['週2', '週3'], '週2〜3日くらいで働きたいですか？'),
  ];
  const prefectures = [
    prefecture('東京都', 'とうきょうと', '東京', 'Tokyo', [
      town('渋谷区', 'しぶやく', 35.6639, 139.6981),
      town('新宿区', 'しんじゅくく', 35.6939, 139.7036),
      town('府中市', 'ふちゅうし', 35.6689, 139.4778),
      town('奥多摩町', 'おくたままち', 35.8094, 139.0964),
    ]),
    prefecture('広島県', 'ひろしまけん', '広島', 'Hiroshima', [
      town('広島市', 'ひろしまし', 34.3853, 132.4553),
      town('府中市', 'ふちゅうし', 34.5683, 133.2364),
      town('府中町', 'ふちゅうちょう', 34.3925, 132.5044),
    ]),
    prefecture('大阪府', 'おおさかふ', '大阪', 'Osaka', [town('大阪市', 'おおさかし', 34.6937, 135.5022)]),
  ];
  const listings = [
    job(
      '【日払いOK】駅チカのカフェスタッフ',
      ['cafe'],
      ['daily-pay', 'short-days'],
      '東京都',
      '渋谷区',
      1200,
      1500,
    ),
    job('カフェスタッフ／高時給', ['cafe'], ['high-wage'], '東京都', '渋谷区', 1400, 1600),
    job('カフェのホール・キッチン★土日のみ', ['cafe'], ['weekends'], '東京都', '渋谷区', 1250),
    job('コンビニスタッフ（渋谷区）', ['konbini'], ['daily-pay', 'weekends'], '東京都', '渋谷区', 1230, 1300),
    job('コンビニでのレジ・品出し', ['konbini'], ['short-days'], '東京都', '渋谷区', 1226),
    job('レストランスタッフ', ['restaurant'], ['high-wage', 'weekends'], '東京都', '渋谷区', 1350, 1500),
    job('居酒屋のホール', ['izakaya'], ['high-wage', 'daily-pay'], '東京都', '渋谷区', 1400, 1700),
    job('居酒屋キッチン', ['izakaya'], ['short-days'], '東京都', '渋谷区', 1300),
    job('カフェスタッフ（新宿区）', ['cafe'], ['short-days'], '東京都', '新宿区', 1250, 1400),
    job('新宿のカフェ★まかない付き', ['cafe'], ['high-wage'], '東京都', '新宿区', 1450),
    job('居酒屋スタッフ／週2〜3日', ['izakaya'], ['short-days', 'daily-pay'], '東京都', '新宿区', 1350, 1600),
    job('レストランのホール', ['restaurant'], [], '東京都', '新宿区', 1300),
    job('コンビニスタッフ（府中市）', ['konbini'], ['short-days'], '東京都', '府中市', 1230),
    job('府中のカフェ', ['cafe'], ['weekends'], '東京都', '府中市', 1240),
    job('広島のカフェスタッフ', ['cafe'], ['short-days'], '広島県', '広島市', 1100, 1200),
    job('広島の居酒屋', ['izakaya'], ['daily-pay'], '広島県', '広島市', 1120),
    job('府中町のコンビニ', ['konbini'], [], '広島県', '府中町', 1090),
    job('大阪のレストラン', ['restaurant'], ['high-wage'], '大阪府', '大阪市', 1250, 1400),
    job('大阪のカフェ', ['cafe'], ['daily-pay'], '大阪府', '大阪市', 1200),
    job('大阪の居酒屋', ['izakaya'], ['weekends'], '大阪府', '大阪市', 1210, 1350),
    job('大阪のコンビニ', ['konbini'], ['short-days'], '大阪府', '大阪市', 1180),
    job('大阪のレストラン（土日）', ['restaurant'], ['weekends'], '大阪府', '大阪市', 1230),
  ];
  return { jobTypes, conditions, prefectures, listings };
}

/**
 * Co-views of twenty users: café and restaurant go together, konbini and izakaya somewhat. Built with
 * CooccurrenceCounts like the trained model, smoothing 1.
 */
export function smallModel(): CooccurrenceModel {
  const ids = ['cafe', 'konbini', 'restaurant', 'izakaya'];
  const counts = new CooccurrenceCounts(ids.length);
  const users: number[][] = [
    [0, 2],
    [0, 2],
    [0, 2],
    [0],
    [0],
    [0, 3],
    [1],
    [1, 3],
    [1, 3],
    [1],
    [2],
    [2, 3],
    [3],
    [3],
    [0, 1],
    [0, 2, 3],
    [1, 2],
    [0],
    [2],
    [3, 1],
  ];
  for (const user of users) counts.addUser(user);
  return new CooccurrenceModel(ids, counts, 1);
}
