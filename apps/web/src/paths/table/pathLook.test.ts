import { describe, expect, it } from 'vitest';
import { pathDash, pathLetter } from './pathLook.ts';

describe('how paths are told apart', () => {
  it('letters paths A to Z, then AA, AB', () => {
    expect([0, 1, 25, 26, 27, 52].map(pathLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'BA']);
  });

  it('gives neighbouring paths different dashes, the first a solid line', () => {
    expect(pathDash(0)).toBe('');
    expect(new Set([0, 1, 2, 3, 4, 5].map(pathDash)).size).toBe(6);
  });
});
