import type { VerifiedChain } from './cert-chain';

/**
 * Verified chains by normalised URL, at most `capacity` of them, each until its chain expires or `maxAgeMs`
 * passes. The SDK's cache was an unbounded Map keyed by the raw header, so distinct spellings grew it forever.
 * A Map keeps insertion order: re-inserting on a hit makes the first key the least recently used.
 */
export class CertChainCache {
  private readonly entries = new Map<string, { chain: VerifiedChain; expires: number }>();

  constructor(
    private readonly capacity = 16,
    private readonly maxAgeMs = 24 * 60 * 60 * 1000,
  ) {}

  get(url: string, now: number): VerifiedChain | undefined {
    const entry = this.entries.get(url);
    if (entry === undefined) return undefined;
    this.entries.delete(url);
    if (entry.expires <= now) return undefined;
    this.entries.set(url, entry);
    return entry.chain;
  }

  set(url: string, chain: VerifiedChain, now: number): void {
    this.entries.delete(url);
    this.entries.set(url, { chain, expires: Math.min(chain.validUntil, now + this.maxAgeMs) });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
