import { describe, expect, test } from 'vitest';
import { SocketQuota } from './socketQuota.ts';

const limits = { maxConnectionsPerAddress: 3, maxWorkshopsPerAddress: 2, maxConnectionsPerWorkshop: 4 };

describe('SocketQuota', () => {
  test('counts sockets and workshops per address, and gives them back once', () => {
    const quota = new SocketQuota(limits);
    const a = quota.take('10.0.0.1', 'w1', false);
    const b = quota.take('10.0.0.1', 'w2', false);
    expect(quota.take('10.0.0.1', 'w3', false)).toBe('address');
    const c = quota.take('10.0.0.1', 'w1', false);
    expect(quota.take('10.0.0.1', 'w1', false)).toBe('address');
    if (typeof a !== 'function' || typeof b !== 'function' || typeof c !== 'function') throw new Error('refused');
    b();
    b();
    // w2 is no longer held: another workshop fits, but only one more socket.
    expect(typeof quota.take('10.0.0.1', 'w3', false)).toBe('function');
    expect(quota.take('10.0.0.1', 'w1', false)).toBe('address');
  });

  test('an IPv6 /64 is one address', () => {
    const quota = new SocketQuota(limits);
    for (const suffix of ['1', '2', '3'])
      expect(typeof quota.take(`2001:db8:1:2::${suffix}`, 'w1', false)).toBe('function');
    expect(quota.take('2001:db8:1:2::4', 'w1', false)).toBe('address');
  });

  test('a workshop is full for everyone but its facilitator', () => {
    const quota = new SocketQuota(limits);
    for (const address of ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4']) quota.take(address, 'w1', false);
    expect(quota.take('10.0.0.5', 'w1', false)).toBe('workshop');
    expect(typeof quota.take('10.0.0.5', 'w1', true)).toBe('function');
  });
});
