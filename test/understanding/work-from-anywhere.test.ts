import { sampleDialogue } from './sample-dialogue';

/**
 * p25-07 (「東京都内です。在宅であれば場所は特に問いません」) and p25-44 (「在宅でできることが条件です」, then 姫路市)
 * had been kept to their place and shown none of the catalogue's remote jobs elsewhere, and told that nothing
 * met every wish. A job done from home (在宅OK) is in every place for someone who asks for one.
 */
const { play, textOf, data } = sampleDialogue();

const listing = (id: string) => data().catalog.listings.find((l) => l.id === id)!;

describe('work from home asked for', () => {
  it('searches remote jobs everywhere, says so once, and calls them matches wherever they are', () => {
    const { replies } = play([
      '副業で動画編集の仕事を探しています。在宅でできることが条件です。',
      '兵庫県の姫路市です',
    ]);
    const results = replies[1]!;
    expect(textOf(results)).toContain('在宅OKなら場所は関係ないので');
    expect(textOf(results)).not.toContain('広げて');
    const exact = results.jobs.filter((_, i) => results.matches[i] === 'exact');
    expect(exact.length).toBeGreaterThan(0);
    for (const job of exact) {
      expect(listing(job.id).conditionIds).toContain('remote');
      expect(listing(job.id).jobTypeIds).toContain('video-editing');
    }
    expect(exact.some((job) => listing(job.id).area?.prefecture !== '兵庫県')).toBe(true);
    // A remote job shown is not said to be outside the wished place.
    const cards = results.cards.filter((c) => c.match === 'exact');
    for (const card of cards) expect(card.misses).toEqual([]);
  });

  it('keeps the place for work that is not done from home', () => {
    const { replies } = play(['姫路市で動画編集の仕事を探しています']);
    const results = replies.at(-1)!;
    expect(textOf(results)).not.toContain('場所は関係ない');
    for (let i = 0; i < results.jobs.length; i++) {
      if (results.matches[i] !== 'exact') continue;
      expect(listing(results.jobs[i]!.id).area?.municipality).toBe('姫路市');
    }
  });
});
