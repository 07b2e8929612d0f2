import { sampleReader } from './sample-reader';
import { sampleDialogue } from './sample-dialogue';

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

describe('a page paid by another unit than the wish (p25-34 heard the same note after all ten jobs)', () => {
  const { play, textOf } = sampleDialogue();

  it('says the units differ once, and each job only its estimate', () => {
    const { replies } = play([
      '昼間は寝てるから、夜10時から朝までの仕事がええわ。日給1万以上な',
      '天王寺',
      '倉庫の仕分けとかやな。日払いやったら最高やけど',
    ]);
    const results = replies.find((r) => r.act === 'showResults')!;
    const text = textOf(results);
    expect(text.match(/日給ではなく時給なので/gu)).toHaveLength(1);
    expect(text).not.toContain('（お給料は日給ではなく時給です');
    expect(text.match(/1日8時間働くと1日[0-9,]+円ほど/gu)!.length).toBeGreaterThan(1);
  });
});
