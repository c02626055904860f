import { describe, expect, it } from 'vitest';
import { pathDash, pathPattern } from './pathLook.ts';

describe('how paths are told apart', () => {
  it('gives neighbouring paths different dashes, the first a solid line', () => {
    expect(pathDash(0)).toBe('');
    expect(new Set([0, 1, 2, 3, 4, 5].map(pathDash)).size).toBe(6);
  });

  it('keys the badges’ patterns as the dashes, by the path’s place', () => {
    expect([0, 1, 5, 6, 7].map(pathPattern)).toEqual([0, 1, 5, 0, 1]);
  });
});
