import { createAttemptLimiter } from '../../src/contributors/attempt-limiter';

describe('createAttemptLimiter (sign-in failures and other attempts)', () => {
  const minute = 60_000;

  it('locks a key at the max-th attempt within the window, until the oldest leaves it', () => {
    const limiter = createAttemptLimiter({ max: 5, windowMs: 15 * minute });
    const start = 1_000_000;
    for (let i = 0; i < 4; i += 1) limiter.record(['account:a'], start + i * minute);
    expect(limiter.retryAfterSeconds(['account:a'], start + 4 * minute)).toBe(0);
    limiter.record(['account:a'], start + 4 * minute);
    expect(limiter.retryAfterSeconds(['account:a'], start + 4 * minute)).toBe(11 * 60);
    expect(limiter.retryAfterSeconds(['account:a', 'ip:1'], start + 4 * minute)).toBe(11 * 60);
    expect(limiter.retryAfterSeconds(['ip:1'], start + 4 * minute)).toBe(0);
    expect(limiter.retryAfterSeconds(['account:a'], start + 15 * minute + 1)).toBe(0);
  });

  it('forgets a cleared key', () => {
    const limiter = createAttemptLimiter({ max: 2, windowMs: minute });
    limiter.record(['k'], 0);
    limiter.record(['k'], 1);
    expect(limiter.retryAfterSeconds(['k'], 2)).toBeGreaterThan(0);
    limiter.clear('k');
    expect(limiter.retryAfterSeconds(['k'], 2)).toBe(0);
  });

  it('stays bounded under a flood of keys', () => {
    const limiter = createAttemptLimiter({ max: 5, windowMs: minute, maxKeys: 100 });
    for (let i = 0; i < 1000; i += 1) limiter.record([`ip:${i}`], i);
    expect(limiter.retryAfterSeconds(['ip:999'], 1000)).toBe(0);
    limiter.record(['ip:999'], 1001);
    limiter.record(['ip:999'], 1002);
    limiter.record(['ip:999'], 1003);
    limiter.record(['ip:999'], 1004);
    expect(limiter.retryAfterSeconds(['ip:999'], 1005)).toBeGreaterThan(0);
  });
});
