import { describe, expect, it } from 'vitest';
import { readTokenClaims } from './token.ts';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('readTokenClaims', () => {
  it('reads the workshop and role of a v1 token', () => {
    expect(readTokenClaims(`v1.${encode({ w: 'k3m9x2p7qa', r: 'viewer' })}.sig`)).toEqual({
      workshopId: 'k3m9x2p7qa',
      role: 'viewer',
    });
  });

  it('reads the person of a personal token', () => {
    expect(readTokenClaims(`v1.${encode({ w: 'k3m9x2p7qa', r: 'participant', p: 'a1b2c3d4e5f6' })}.sig`)).toEqual({
      workshopId: 'k3m9x2p7qa',
      role: 'participant',
      personId: 'a1b2c3d4e5f6',
    });
    expect(readTokenClaims(`v1.${encode({ w: 'k3m9x2p7qa', r: 'participant', p: 42 })}.sig`)).toBeUndefined();
    expect(readTokenClaims(`v1.${encode({ w: 'k3m9x2p7qa', r: 'participant', p: '../x' })}.sig`)).toBeUndefined();
  });

  it('rejects anything else', () => {
    for (const token of ['', 'v1', 'v2.e30.sig', `v1.${encode({ w: 'x', r: 'viewer' })}.sig`, 'v1.%%%.sig']) {
      expect(readTokenClaims(token)).toBeUndefined();
    }
    expect(readTokenClaims(`v1.${encode({ w: 'k3m9x2p7qa', r: 'admin' })}.sig`)).toBeUndefined();
  });
});
