import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, scrapeAccess } from './endpoint.ts';

/** Only what scrapeAccess reads of a request: the socket's address and the headers. */
function request(remoteAddress: string, headers: Record<string, string> = {}): IncomingMessage {
  const lower = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return { socket: { remoteAddress }, headers: lower } as unknown as IncomingMessage;
}

const TOKEN = 'prometheus-scrape-7Qm2x9';

describe('isLoopbackAddress', () => {
  it('takes 127.0.0.0/8, ::1 and IPv4-mapped 127.x, and nothing else', () => {
    for (const address of ['127.0.0.1', '127.10.20.30', '::1', '::ffff:127.0.0.1', '::FFFF:127.0.0.2']) {
      expect(isLoopbackAddress(address), address).toBe(true);
    }
    for (const address of [
      '10.0.0.1',
      '::ffff:10.0.0.1',
      '128.0.0.1',
      'fe80::1',
      '::',
      '0.0.0.0',
      '127.0.0.1.example',
    ]) {
      expect(isLoopbackAddress(address), address).toBe(false);
    }
    expect(isLoopbackAddress(undefined)).toBe(false);
  });
});

describe('scrapeAccess', () => {
  it('lets a loopback client without proxy headers in without a token', () => {
    expect(scrapeAccess(request('127.0.0.1'), undefined)).toBe('allowed');
    expect(scrapeAccess(request('::ffff:127.0.0.1'), TOKEN)).toBe('allowed');
  });

  it('treats a request with any proxy header as from elsewhere, even from loopback', () => {
    const proxied = [
      { 'X-Forwarded-For': '203.0.113.9' },
      { Forwarded: 'for=203.0.113.9' },
      { 'X-Real-IP': '203.0.113.9' },
      { 'X-Forwarded-Proto': 'https' },
      { 'X-Forwarded-Host': 'avaa.example.fi' },
      { Via: '1.1 proxy' },
    ];
    for (const headers of proxied) {
      expect(scrapeAccess(request('127.0.0.1', headers), undefined)).toBe('hidden');
      expect(scrapeAccess(request('127.0.0.1', headers), TOKEN)).toBe('refused');
      expect(scrapeAccess(request('127.0.0.1', { ...headers, Authorization: `Bearer ${TOKEN}` }), TOKEN)).toBe(
        'allowed',
      );
    }
  });

  it('answers others only with the exact bearer token; without METRICS_TOKEN not at all', () => {
    expect(scrapeAccess(request('192.0.2.7'), undefined)).toBe('hidden');
    expect(scrapeAccess(request('192.0.2.7', { Authorization: `Bearer ${TOKEN}` }), undefined)).toBe('hidden');
    expect(scrapeAccess(request('192.0.2.7'), TOKEN)).toBe('refused');
    for (const wrong of [`Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(1)}`, `Basic ${TOKEN}`, TOKEN, 'Bearer ']) {
      expect(scrapeAccess(request('192.0.2.7', { Authorization: wrong }), TOKEN), wrong).toBe('refused');
    }
    expect(scrapeAccess(request('192.0.2.7', { Authorization: `Bearer ${TOKEN}` }), TOKEN)).toBe('allowed');
    expect(scrapeAccess(request('192.0.2.7', { Authorization: `bearer  ${TOKEN}` }), TOKEN)).toBe('allowed');
  });
});
