import type { Prefecture } from '../catalog/types';
import { SampleDataError } from './sample-error';

/**
 * Prefectural minimum wage in yen per hour, in force from Oct 2025 to Mar 2026.
 * Source: /work/shared/reference/japanese-job-domain.md ("Minimum wage 2025").
 */
// prettier-ignore
export const MINIMUM_WAGES: Readonly<Record<string, number>> = {
  北海道: 1075, 青森県: 1029, 岩手県: 1031, 宮城県: 1038, 秋田県: 1031, 山形県: 1032, 福島県: 1033,
  茨城県: 1074, 栃木県: 1068, 群馬県: 1063, 埼玉県: 1141, 千葉県: 1140, 東京都: 1226, 神奈川県: 1225,
  新潟県: 1050, 富山県: 1062, 石川県: 1054, 福井県: 1053, 山梨県: 1052, 長野県: 1061,
  岐阜県: 1065, 静岡県: 1097, 愛知県: 1140, 三重県: 1087,
  滋賀県: 1080, 京都府: 1122, 大阪府: 1177, 兵庫県: 1116, 奈良県: 1051, 和歌山県: 1045,
  鳥取県: 1030, 島根県: 1033, 岡山県: 1047, 広島県: 1085, 山口県: 1043,
  徳島県: 1046, 香川県: 1036, 愛媛県: 1033, 高知県: 1023,
  福岡県: 1057, 佐賀県: 1030, 長崎県: 1031, 熊本県: 1034, 大分県: 1035, 宮崎県: 1023, 鹿児島県: 1026,
  沖縄県: 1023,
};

/**
 * Population in units of 10,000 (2020 census, rounded): the weight of a prefecture in listings and users.
 * Written for this project from the census totals; only the ratios matter.
 */
// prettier-ignore
export const POPULATION_WEIGHTS: Readonly<Record<string, number>> = {
  北海道: 522, 青森県: 124, 岩手県: 121, 宮城県: 230, 秋田県: 96, 山形県: 107, 福島県: 183,
  茨城県: 287, 栃木県: 193, 群馬県: 194, 埼玉県: 734, 千葉県: 628, 東京都: 1405, 神奈川県: 924,
  新潟県: 220, 富山県: 103, 石川県: 113, 福井県: 77, 山梨県: 81, 長野県: 205,
  岐阜県: 198, 静岡県: 363, 愛知県: 754, 三重県: 177,
  滋賀県: 141, 京都府: 258, 大阪府: 884, 兵庫県: 547, 奈良県: 133, 和歌山県: 92,
  鳥取県: 55, 島根県: 67, 岡山県: 189, 広島県: 280, 山口県: 134,
  徳島県: 72, 香川県: 95, 愛媛県: 133, 高知県: 69,
  福岡県: 514, 佐賀県: 81, 長崎県: 131, 熊本県: 174, 大分県: 112, 宮崎県: 107, 鹿児島県: 159,
  沖縄県: 147,
};

/** The table key of a prefecture: its full name, or its short name (「東京」) when that is what we were given. */
function prefectureKey(prefecture: Pick<Prefecture, 'name' | 'shortName'>): string {
  if (prefecture.name in MINIMUM_WAGES) return prefecture.name;
  const key = Object.keys(MINIMUM_WAGES).find(
    (k) => k === prefecture.shortName || k.replace(/[都府県]$/u, '') === prefecture.shortName,
  );
  if (key === undefined) {
    throw new SampleDataError(`no minimum wage known for prefecture ${prefecture.name}`, {
      context: { prefecture: prefecture.name },
    });
  }
  return key;
}

export function minimumWage(prefecture: Pick<Prefecture, 'name' | 'shortName'>): number {
  return MINIMUM_WAGES[prefectureKey(prefecture)] as number;
}

export function populationWeight(prefecture: Pick<Prefecture, 'name' | 'shortName'>): number {
  return POPULATION_WEIGHTS[prefectureKey(prefecture)] as number;
}
