import type { PersonId } from '@avaa/board-model';
import type { WorkshopId } from '@avaa/protocol';
import { describe, expect, test } from 'vitest';
import { signToken, verifyToken } from './tokens.ts';

const secret = Buffer.alloc(32, 7);
const workshopId = 'abcdefghjk' as WorkshopId;

describe('tokens', () => {
  test('a signed token verifies to its capability', () => {
    const token = signToken(secret, { workshopId, role: 'viewer' });
    expect(token).toMatch(/^v1\.[\w-]+\.[\w-]{43}$/);
    expect(verifyToken(secret, token)).toEqual({ workshopId, role: 'viewer' });
  });

  test('another secret, a changed payload or signature, or junk do not verify', () => {
    const token = signToken(secret, { workshopId, role: 'participant' });
    const [version, , signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ w: workshopId, r: 'facilitator' })).toString('base64url');
    for (const candidate of [
      `${version}.${forged}.${signature}`,
      `${token.slice(0, -2)}AA`,
      `${token}.extra`,
      token.replace('v1', 'v2'),
      '',
      'v1..',
      'x'.repeat(10_000),
      undefined,
      42,
    ]) {
      expect(verifyToken(secret, candidate)).toBeUndefined();
    }
    expect(verifyToken(Buffer.alloc(32, 8), token)).toBeUndefined();
  });

  test('a validly signed payload with an unknown role or bad id is refused', () => {
    const bad = signToken(secret, { workshopId: 'NOT-AN-ID' as WorkshopId, role: 'viewer' });
    expect(verifyToken(secret, bad)).toBeUndefined();
  });
});

describe('tokens with a person', () => {
  const personId = 'k3m9x2p7qa12' as PersonId;

  test('carry the person id; tokens without one keep their old payload', () => {
    const token = signToken(secret, { workshopId, role: 'participant', personId });
    expect(verifyToken(secret, token)).toEqual({ workshopId, role: 'participant', personId });
    const plain = signToken(secret, { workshopId, role: 'participant' });
    const payload = JSON.parse(Buffer.from(plain.split('.')[1]!, 'base64url').toString('utf8'));
    expect(payload).toEqual({ w: workshopId, r: 'participant' });
  });

  test('a malformed person id is refused', () => {
    for (const bad of ['', 'UPPER', 'x'.repeat(33), '../a']) {
      const token = signToken(secret, { workshopId, role: 'participant', personId: bad as PersonId });
      expect(verifyToken(secret, token), bad).toBeUndefined();
    }
  });
});

describe('tokens with a generation or an expiry', () => {
  test('carry them; a token past its expiry does not verify', () => {
    const now = 1_800_000_000_000;
    const token = signToken(secret, { workshopId, role: 'participant', generation: 3, expiresAt: now + 1000 });
    expect(verifyToken(secret, token, now)).toEqual({
      workshopId,
      role: 'participant',
      generation: 3,
      expiresAt: now + 1000,
    });
    expect(verifyToken(secret, token, now + 1000)).toBeUndefined();
  });

  test('generation 0 is left out of the payload; malformed claims are refused', () => {
    const plain = signToken(secret, { workshopId, role: 'participant', generation: 0 });
    expect(plain).toBe(signToken(secret, { workshopId, role: 'participant' }));
    for (const bad of [-1, 1.5, Number.NaN]) {
      expect(verifyToken(secret, signToken(secret, { workshopId, role: 'viewer', expiresAt: bad }))).toBeUndefined();
    }
    for (const bad of [-1, 1.5]) {
      expect(verifyToken(secret, signToken(secret, { workshopId, role: 'viewer', generation: bad }))).toBeUndefined();
    }
  });
});
