import type { Mention } from '../nlu';
import { firmlyWanted } from './firm-wishes';

const wish = (id: string, polarity: Mention['polarity'] = 'positive'): Mention => ({
  id,
  polarity,
  surface: id,
});

/** A stand-in reader: a clause names the conditions whose ids it contains. */
const reader =
  (...ids: string[]) =>
  (clause: string): Mention[] =>
    ids.filter((id) => clause.includes(id)).map((id) => wish(id));

describe('which wanted conditions a message requires firmly', () => {
  it('only the one in the clause that says so: the short term beside 「寮がないと無理です」 stays a wish', () => {
    const text = 'short-termで、住み込みのバイトってありますか？dormitoryがないと無理です。';
    expect(
      firmlyWanted(text, [wish('short-term'), wish('dormitory')], reader('short-term', 'dormitory')),
    ).toEqual(['dormitory']);
  });

  it('a firm word alone says the clause before it firmly (「寮は、絶対」)', () => {
    const text = 'short-termで。dormitoryは、絶対';
    expect(
      firmlyWanted(text, [wish('short-term'), wish('dormitory')], reader('short-term', 'dormitory')),
    ).toEqual(['dormitory']);
  });

  it('one clause said firmly makes every wish in it firm', () => {
    expect(
      firmlyWanted('daily-payとdormitoryは絶対', [wish('daily-pay'), wish('dormitory')], reader()),
    ).toEqual(['daily-pay', 'dormitory']);
  });

  it('nothing is firm without a firm word, and a refusal is never a requirement', () => {
    expect(firmlyWanted('dormitoryがいいです', [wish('dormitory')], reader('dormitory'))).toEqual([]);
    expect(
      firmlyWanted('late-nightは絶対無理', [wish('late-night', 'negative')], reader('late-night')),
    ).toEqual([]);
  });
});
