export interface TokenBucketOptions {
  /** Tokens a new key starts with and the most it can save up. */
  burst: number;
  /** Tokens added per second. */
  perSecond: number;
  /** Most keys held; the least recently used is forgotten first (it then starts again with a full bucket). */
  maxKeys: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** In-memory token buckets per key with bounded memory: a Map in least-recently-used order. */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;

  constructor(private readonly options: TokenBucketOptions) {
    if (!(options.burst >= 1 && options.perSecond > 0 && options.maxKeys >= 1)) {
      throw new RangeError('burst must be ≥ 1, perSecond > 0 and maxKeys ≥ 1');
    }
    this.now = options.now ?? (() => performance.now());
  }

  get size(): number {
    return this.buckets.size;
  }

  take(key: string): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    const now = this.now();
    const { burst, perSecond } = this.options;
    const bucket = this.buckets.get(key);
    let tokens = burst;
    if (bucket !== undefined) {
      tokens = Math.min(burst, bucket.tokens + ((now - bucket.updatedAt) / 1000) * perSecond);
      this.buckets.delete(key);
    } else if (this.buckets.size >= this.options.maxKeys) {
      const oldest = this.buckets.keys().next();
      if (oldest.done !== true) this.buckets.delete(oldest.value);
    }
    const allowed = tokens >= 1;
    if (allowed) tokens -= 1;
    this.buckets.set(key, { tokens, updatedAt: now });
    if (allowed) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perSecond)) };
  }
}
