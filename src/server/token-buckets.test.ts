import { TokenBuckets } from './token-buckets';

describe('TokenBuckets', () => {
  it('allows a burst, then refills at the given rate and says when to retry', () => {
    let now = 0;
    const buckets = new TokenBuckets({ burst: 3, perSecond: 0.5, maxKeys: 10, now: () => now });
    expect([1, 2, 3].map(() => buckets.take('a').allowed)).toEqual([true, true, true]);
    expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 2 });
    expect(buckets.take('b').allowed).toBe(true);
    now += 1000;
    expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now += 1000;
    expect(buckets.take('a').allowed).toBe(true);
    now += 60_000;
    expect([1, 2, 3, 4].map(() => buckets.take('a').allowed)).toEqual([true, true, true, false]);
  });

  it('holds at most maxKeys buckets and forgets the least recently used', () => {
    const now = 0;
    const buckets = new TokenBuckets({ burst: 1, perSecond: 1, maxKeys: 2, now: () => now });
    buckets.take('a');
    buckets.take('b');
    buckets.take('a');
    buckets.take('c');
    expect(buckets.size).toBe(2);
    // 'b' was the least recently used, so it starts again with a full bucket; 'a' is still empty.
    expect(buckets.take('b').allowed).toBe(true);
    expect(buckets.size).toBe(2);
    for (let i = 0; i < 10_000; i++) buckets.take(`k${i}`);
    expect(buckets.size).toBe(2);
  });

  it('refuses nonsense options', () => {
    expect(() => new TokenBuckets({ burst: 0, perSecond: 1, maxKeys: 1 })).toThrow(RangeError);
  });
});
