import { sampleReader } from './sample-reader';

/**
 * Misreadings an outside reader found in 50 conversations of the twenty-fifth persona set, retired to development
 * (2026-12-06, an audit of their transcripts); the remote-work finding is in work-from-anywhere.test.ts.
 */
const { parse } = sampleReader();

describe('"I don\'t know" in Kansai speech (p25-20 said 「ようわからへんわ」 four times and was asked again each time)', () => {
  it.each(['ようわからへんわ', 'わからへん', 'うーん わかれへんなあ', '知らへんわ', 'そんなんわかりまへん'])(
    '「%s」 to a yes/no question is わからない',
    (text) => {
      expect(parse(text, 'yesno').answer).toBe('dontKnow');
    },
  );
});
