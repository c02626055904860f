import { describe, expect, test } from 'vitest';
import { clientKey, RateLimiter } from './rateLimit.ts';

describe('RateLimiter', () => {
  test('allows a burst, then refills at the given rate, per address', () => {
    let now = 0;
    const limiter = new RateLimiter({ burst: 3, perMinute: 30, now: () => now });
    for (let i = 0; i < 3; i++) expect(limiter.take('10.0.0.1').ok).toBe(true);
    expect(limiter.take('10.0.0.1')).toEqual({ ok: false, retryAfterSeconds: 2 });
    expect(limiter.take('10.0.0.2').ok).toBe(true);
    now += 2000; // 30 per minute: one every 2 s
    expect(limiter.take('10.0.0.1').ok).toBe(true);
    expect(limiter.take('10.0.0.1').ok).toBe(false);
    now += 60_000;
    for (let i = 0; i < 3; i++) expect(limiter.take('10.0.0.1').ok).toBe(true);
    expect(limiter.take('10.0.0.1').ok).toBe(false);
  });

  test('stays bounded when very many addresses come by', () => {
    const limiter = new RateLimiter({ burst: 1, perMinute: 1, now: () => 0 });
    for (let i = 0; i < 12_000; i++) limiter.take(`10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`);
    // The most recent addresses are still limited.
    expect(limiter.take('10.0.46.223').ok).toBe(false);
  });
});

describe('clientKey', () => {
  test('IPv4 as is; IPv4-mapped IPv6 as IPv4; IPv6 by its /64', () => {
    expect(clientKey('192.0.2.7')).toBe('192.0.2.7');
    expect(clientKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(clientKey('2001:db8:0:1:a:b:c:d')).toBe('2001:db8:0:1::/64');
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientKey('2001:db8:0:1::5')).toBe(clientKey('2001:0db8:0000:0001:ffff::9'));
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});
