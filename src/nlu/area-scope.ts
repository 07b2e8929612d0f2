import { normalize } from './normalize';

/**
 * The answer to 「大阪市で探しますか？それとも大阪府全体で？」 when it names neither place: 「全体で」「府内どこでも」
 * "the whole prefecture" are the whole prefecture, 「市内」「市のほう」 "the city" the city. Undefined otherwise.
 */
export type AreaScope = 'whole' | 'city';

const WHOLE = /全体|全域|ぜんたい|全部|ぜんぶ|[県府都道]内|どこでも|anywhere|whole|allof|prefecture|entire/u;
const CITY = /(^|[^県府都道])市(内|で|の(方|ほう)|だけ|がいい|です|$)|thecity|city/u;

export function parseAreaScope(text: string): AreaScope | undefined {
  const said = normalize(text).replace(/\s+/gu, '');
  const whole = WHOLE.test(said);
  const city = CITY.test(said);
  if (whole === city) return undefined;
  return whole ? 'whole' : 'city';
}
