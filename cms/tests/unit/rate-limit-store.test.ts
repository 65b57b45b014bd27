import { addressKey } from '../../src/security/rate-limit/client-address';
import { perWindow } from '../../src/security/rate-limit/settings';
import { createMemoryRateLimitStore } from '../../src/security/rate-limit/store';

const MINUTE = 60_000;

describe('the in-memory rate-limit store', () => {
  it('allows the budget, refuses the next without counting it, and says when to come back', async () => {
    const store = createMemoryRateLimitStore({ maxKeys: 10 });
    const start = 10 * MINUTE;
    for (let i = 0; i < 3; i += 1) expect((await store.hit('ip:a', 3, MINUTE, start)).allowed).toBe(true);
    const refused = await store.hit('ip:a', 3, MINUTE, start);
    expect(refused).toMatchObject({ allowed: false, remaining: 0, limit: 3 });
    // The three requests of the window must slide out until 2 fit: a third of the next window.
    expect(refused.retryAfterMs).toBe(MINUTE + MINUTE / 3);
    expect((await store.hit('ip:a', 3, MINUTE, start + refused.retryAfterMs - 1000)).allowed).toBe(false);
    expect((await store.hit('ip:a', 3, MINUTE, start + refused.retryAfterMs)).allowed).toBe(true);
  });

  it('weighs the previous window by the part still inside the sliding window', async () => {
    const store = createMemoryRateLimitStore({ maxKeys: 10 });
    const start = 20 * MINUTE;
    for (let i = 0; i < 10; i += 1) await store.hit('k', 10, MINUTE, start);
    let served = 0;
    while ((await store.hit('k', 10, MINUTE, start + MINUTE + MINUTE / 2)).allowed) served += 1;
    expect(served).toBe(5);
    // Two windows later nothing of it is left.
    expect((await store.hit('k', 10, MINUTE, start + 3 * MINUTE)).remaining).toBe(9);
  });

  it('keeps at most maxKeys keys, dropping the least recently used', async () => {
    const store = createMemoryRateLimitStore({ maxKeys: 100 });
    await store.hit('ip:regular', 1, MINUTE, 0);
    for (let i = 0; i < 10_000; i += 1) {
      await store.hit(`ip:rotating-${i}`, 5, MINUTE, 1);
      if (i % 50 === 0) await store.hit('ip:regular', 1, MINUTE, 1);
    }
    expect(store.size()).toBe(100);
    expect((await store.hit('ip:regular', 1, MINUTE, 2)).allowed).toBe(false);
  });
});

describe('the key of an address', () => {
  it('counts IPv4, also IPv4-mapped IPv6, by address', () => {
    expect(addressKey('203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
  });

  it('counts IPv6 by its /64, whatever the spelling', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:0db8:0001:0002::/64');
    expect(addressKey('2001:DB8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:0db8:0001:0002::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:0db8:0000:0000::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0000:0000:0000::/64');
    expect(addressKey('::1')).toBe('0000:0000:0000:0000::/64');
  });

  it('stays short whatever comes in', () => {
    expect(addressKey('x'.repeat(10_000)).length).toBeLessThanOrEqual(64);
  });
});

describe('budgets per window', () => {
  it('scales the per-minute budget with the window, at least one request', () => {
    expect(perWindow(120, 60)).toBe(120);
    expect(perWindow(150, 4)).toBe(10);
    expect(perWindow(1, 1)).toBe(1);
  });
});
