import { X509Certificate } from 'node:crypto';
import { CertChainCache } from './cert-chain-cache';
import type { VerifiedChain } from './cert-chain';

const chain = (validUntil: number): VerifiedChain => ({ signer: {} as X509Certificate, validUntil });

describe('CertChainCache', () => {
  it('holds at most its capacity, dropping the least recently used', () => {
    const cache = new CertChainCache(2);
    cache.set('a', chain(1e12), 0);
    cache.set('b', chain(1e12), 0);
    expect(cache.get('a', 1)).toBeDefined(); // a is now the most recent
    cache.set('c', chain(1e12), 1);
    expect(cache.size).toBe(2);
    expect(cache.get('b', 2)).toBeUndefined();
    expect(cache.get('a', 2)).toBeDefined();
    expect(cache.get('c', 2)).toBeDefined();
  });

  it('forgets a chain when it expires or after its maximum age', () => {
    const cache = new CertChainCache(4, 1000);
    cache.set('expiring', chain(500), 0);
    cache.set('aging', chain(1e12), 0);
    expect(cache.get('expiring', 499)).toBeDefined();
    expect(cache.get('expiring', 500)).toBeUndefined();
    expect(cache.get('aging', 999)).toBeDefined();
    expect(cache.get('aging', 1000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});
