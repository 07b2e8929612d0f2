import {
  createShareToken,
  MAX_SHARED_JOBS,
  readShareToken,
  SHARE_TTL_SECONDS,
  shareKeys,
  ShareLinkError,
} from './share-token';

const [key] = shareKeys(['a'.repeat(40)]);
const keys = [key!];
const now = 1_800_000_000;

const refusal = (token: string, at = now): string => {
  try {
    readShareToken(keys, token, at);
    return 'opened';
  } catch (error) {
    return error instanceof ShareLinkError ? error.reason : 'crashed';
  }
};

describe('share tokens', () => {
  it('open for seven days with the jobs in their order, then not', () => {
    const token = createShareToken(keys, { listingIds: ['L2', 'L1'], locale: 'en' }, now);
    expect(readShareToken(keys, token, now + SHARE_TTL_SECONDS - 1)).toEqual({
      listingIds: ['L2', 'L1'],
      locale: 'en',
      expiresAt: now + SHARE_TTL_SECONDS,
    });
    expect(refusal(token, now + SHARE_TTL_SECONDS)).toBe('expired');
  });

  it('refuse a changed payload, a changed signature, another key and garbage, without crashing', () => {
    const token = createShareToken(keys, { listingIds: ['L1'], locale: 'ja' }, now);
    const [payload, signature] = token.split('.') as [string, string];
    const other = createShareToken(keys, { listingIds: ['L9'], locale: 'ja' }, now).split('.')[0]!;
    expect(refusal(`${other}.${signature}`)).toBe('signature');
    expect(refusal(`${payload}.${signature.slice(0, -2)}AA`)).toBe('signature');
    expect(refusal(token.replace(/^./u, (c) => (c === 'e' ? 'f' : 'e')))).toBe('signature');
    const rotated = shareKeys(['b'.repeat(40), 'a'.repeat(40)]);
    expect(readShareToken(rotated, token, now).listingIds).toEqual(['L1']);
    expect(() => readShareToken(shareKeys(['b'.repeat(40)]), token, now)).toThrow(ShareLinkError);
    for (const junk of [
      '',
      '.',
      'abc',
      `${payload}.`,
      `${payload}.${signature}.x`,
      '<script>.x',
      'a'.repeat(5000),
    ]) {
      expect(refusal(junk)).toBe('malformed');
    }
  });

  it('carry at most a page of jobs, and only well-formed ids', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `L${i}`);
    const token = createShareToken(keys, { listingIds: [...ids, 'bad id<'], locale: 'ja' }, now);
    expect(readShareToken(keys, token, now).listingIds).toEqual(ids.slice(0, MAX_SHARED_JOBS));
  });
});
