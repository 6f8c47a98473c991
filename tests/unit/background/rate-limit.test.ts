import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../background/rate-limit';

describe('the per-tab rate limiter', () => {
  it('lets the first few through and refuses the rest within the window', () => {
    const limiter = createRateLimiter<number>({ limit: 3, windowMs: 1000 });
    const answers = Array.from({ length: 40 }, (_, index) => limiter.take(7, 10_000 + index * 10));
    expect(answers.filter(Boolean)).toHaveLength(3);
    expect(answers.slice(0, 3)).toEqual([true, true, true]);
  });

  it('allows again once the window has passed', () => {
    const limiter = createRateLimiter<number>({ limit: 3, windowMs: 1000 });
    for (const time of [0, 100, 200]) expect(limiter.take(1, time)).toBe(true);
    expect(limiter.take(1, 900)).toBe(false);
    expect(limiter.take(1, 1000)).toBe(true);
    expect(limiter.take(1, 1050)).toBe(false);
    expect(limiter.take(1, 1100)).toBe(true);
  });

  it('counts each tab on its own', () => {
    const limiter = createRateLimiter<number>({ limit: 1, windowMs: 1000 });
    expect(limiter.take(1, 0)).toBe(true);
    expect(limiter.take(2, 0)).toBe(true);
    expect(limiter.take(1, 10)).toBe(false);
  });

  it('remembers a bounded number of tabs', () => {
    const limiter = createRateLimiter<number>({ limit: 1, windowMs: 1000, maxKeys: 2 });
    expect(limiter.take(1, 0)).toBe(true);
    expect(limiter.take(2, 0)).toBe(true);
    expect(limiter.take(3, 0)).toBe(true); // tab 1 is forgotten
    expect(limiter.take(1, 0)).toBe(true);
    expect(limiter.take(3, 0)).toBe(false);
  });
});
