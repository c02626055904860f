/**
 * A token bucket per client address: `burst` requests at once, refilled at `perMinute`. Used for
 * join-code lookups, which need no token and so are what someone guessing codes would hammer.
 * A whole workshop usually shares one Wi-Fi address, so limits should be generous.
 */
export type RateLimitOptions = {
  readonly burst: number;
  readonly perMinute: number;
  readonly now?: () => number;
  /** What one bucket belongs to; by default the client address (`clientKey`). */
  readonly keyOf?: (id: string) => string;
  /** Called on each refusal (metrics: `avaa_rate_limited_total`). */
  readonly onLimited?: (() => void) | undefined;
};

export type RateLimitDecision = { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number };

// Enough for every address active at once. Past it, full buckets (which equal no bucket) go,
// then the least recently used, down to 90% so that pruning runs once per many requests.
const MAX_TRACKED = 10_000;
const PRUNED_SIZE = 9_000;

export class RateLimiter {
  readonly #burst: number;
  readonly #perMs: number;
  readonly #now: () => number;
  readonly #keyOf: (id: string) => string;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  readonly #onLimited: (() => void) | undefined;

  constructor(options: RateLimitOptions) {
    this.#burst = options.burst;
    this.#perMs = options.perMinute / 60_000;
    this.#now = options.now ?? Date.now;
    this.#keyOf = options.keyOf ?? clientKey;
    this.#onLimited = options.onLimited;
  }

  /** Spends one token of `address`'s bucket, or says how long until one is back. */
  take(address: string): RateLimitDecision {
    const now = this.#now();
    const key = this.#keyOf(address);
    const bucket = this.#buckets.get(key) ?? { tokens: this.#burst, at: now };
    const tokens = Math.min(this.#burst, bucket.tokens + (now - bucket.at) * this.#perMs);
    if (tokens < 1) {
      this.#buckets.set(key, { tokens, at: now });
      this.#onLimited?.();
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.#perMs / 1000)) };
    }
    this.#buckets.delete(key); // re-inserted last: the Map's order is then least recently used first
    this.#buckets.set(key, { tokens: tokens - 1, at: now });
    if (this.#buckets.size > MAX_TRACKED) this.#prune(now);
    return { ok: true };
  }

  #prune(now: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + (now - bucket.at) * this.#perMs >= this.#burst) this.#buckets.delete(key);
    }
    for (const key of this.#buckets.keys()) {
      if (this.#buckets.size <= PRUNED_SIZE) break;
      this.#buckets.delete(key);
    }
  }
}

/**
 * The unit a limit applies to: an IPv4 address, or an IPv6 /64 (one home or phone usually gets a
 * whole /64, so per-address limits on IPv6 would be trivial to step around).
 */
export function clientKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.toLowerCase().split('%')[0]!.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups =
    tail === undefined ? left : [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
