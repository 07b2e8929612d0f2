import { sampleReader } from './sample-reader';

/**
 * Misreadings found when the tenth held-out understanding set was retired to development (2026-12-06) and its
 * misses read: each test is what a person means by the words its writers used.
 */
const { parse, stances } = sampleReader();

describe('the で of ので and かで is no デイ', () => {
  it.each([
    ['英語しゃべれないのでいやです', 'yesno', [], 'no'],
    ['焼肉屋は煙たかでいやじゃ', 'work', ['yakiniku:negative'], null],
  ] as const)('「%s」 (%s)', (text, question, said, answer) => {
    expect(stances(text, question).filter((s) => !s.startsWith('english'))).toEqual(said);
    expect(parse(text, question).answer).toBe(answer);
  });

  it('「デイで働きたい」 still names the day service', () => {
    expect(stances('デイで働きたい')).toEqual(['day-service:positive']);
  });
});

describe('「〜じゃないと」 with its refusal left unsaid requires it', () => {
  it.each([
    ['扶養外れたくないので、扶養内じゃないと', 'within-dependent-limit:positive'],
    ['車で行けるとこやないと 足が悪くてな', 'car-commute:positive'],
    ['駅近じゃないとね', 'near-station:positive'],
  ])('「%s」', (text, stance) => {
    expect(stances(text)).toEqual([stance]);
  });

  it.each([
    ['居酒屋じゃないとこがいい', 'izakaya:negative'],
    ['日払いじゃないと困る', 'daily-pay:positive'],
  ])('「%s」 is read as before', (text, stance) => {
    expect(stances(text)).toEqual([stance]);
  });
});
