import type { IncomingMessage } from 'node:http';
import { describe, expect, test } from 'vitest';
import { clientAddress, createGuards } from './guards.ts';

const request = (forwardedFor?: string | string[]) =>
  ({
    socket: { remoteAddress: '10.9.9.9' },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  }) as unknown as IncomingMessage;

describe('clientAddress', () => {
  test('is the TCP peer unless the proxy is trusted', () => {
    expect(clientAddress(request('1.2.3.4'), false)).toBe('10.9.9.9');
    expect(clientAddress(request(), true)).toBe('10.9.9.9');
  });

  test("behind a trusted proxy, the header's last hop", () => {
    expect(clientAddress(request('1.2.3.4'), true)).toBe('1.2.3.4');
    expect(clientAddress(request('6.6.6.6, 1.2.3.4'), true)).toBe('1.2.3.4');
    expect(clientAddress(request(['6.6.6.6', '2001:db8::1 ']), true)).toBe('2001:db8::1');
    expect(clientAddress(request(' , '), true)).toBe('10.9.9.9');
  });
});

describe('createGuards', () => {
  test('the creation bucket holds the workshops per hour', () => {
    const guards = createGuards(false, 2);
    expect([1, 2, 3].map(() => guards.creations.take('a').ok)).toEqual([true, true, false]);
  });
});
