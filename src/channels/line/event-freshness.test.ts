import { claimTtlSeconds, judgeFreshness } from './event-freshness';

const NOW = Date.UTC(2026, 11, 3, 9, 0, 0);

describe('judgeFreshness', () => {
  it('accepts events up to the window old and up to a minute ahead of our clock', () => {
    expect(judgeFreshness(NOW, NOW, 300)).toEqual({ fresh: true, ageSeconds: 0 });
    expect(judgeFreshness(NOW - 300_000, NOW, 300)).toEqual({ fresh: true, ageSeconds: 300 });
    expect(judgeFreshness(NOW + 60_000, NOW, 300)).toEqual({ fresh: true, ageSeconds: -60 });
  });

  it('refuses older, further ahead, and undated events, saying which', () => {
    expect(judgeFreshness(NOW - 300_100, NOW, 300)).toEqual({
      fresh: false,
      reason: 'stale',
      ageSeconds: 300.1,
    });
    expect(judgeFreshness(NOW - 3 * 86_400_000, NOW, 300)).toMatchObject({ fresh: false, reason: 'stale' });
    expect(judgeFreshness(NOW + 60_100, NOW, 300)).toEqual({
      fresh: false,
      reason: 'future',
      ageSeconds: -60.1,
    });
    expect(judgeFreshness(null, NOW, 300)).toEqual({ fresh: false, reason: 'undated', ageSeconds: null });
    expect(judgeFreshness(Number.NaN, NOW, 300)).toMatchObject({ reason: 'undated' });
  });
});

describe('claimTtlSeconds', () => {
  it('outlasts the longest time an accepted event can still be accepted again', () => {
    for (const window of [1, 30, 300, 3600]) {
      // Accepted from timestamp - 60 s to timestamp + window; a claim made at the earliest must still be there.
      expect(claimTtlSeconds(window)).toBeGreaterThan(window + 60);
      expect(claimTtlSeconds(window)).toBe(window + 120);
    }
  });
});
