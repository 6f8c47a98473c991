/**
 * A sliding-window rate limiter keyed by tab: at most `limit` takes per key within any
 * `windowMs`. Pure (the caller passes the time) and bounded: a key keeps at most `limit`
 * timestamps, and at most `maxKeys` keys are remembered (the oldest is forgotten first).
 */
export interface RateLimiter<K> {
  /** True, and counted, when `key` is under its limit at `nowMs`; false (not counted) otherwise. */
  take(key: K, nowMs: number): boolean;
}

export interface RateLimit {
  limit: number;
  windowMs: number;
  maxKeys?: number;
}

export function createRateLimiter<K>({ limit, windowMs, maxKeys = 1000 }: RateLimit): RateLimiter<K> {
  const recent = new Map<K, number[]>();
  return {
    take(key, nowMs) {
      const times = (recent.get(key) ?? []).filter((time) => nowMs - time < windowMs && time <= nowMs);
      const allowed = times.length < limit;
      if (allowed) times.push(nowMs);
      // Re-insert, so the Map's order is least recently used first.
      recent.delete(key);
      recent.set(key, times);
      if (recent.size > maxKeys) {
        const oldest = recent.keys().next();
        if (!oldest.done) recent.delete(oldest.value);
      }
      return allowed;
    },
  };
}
