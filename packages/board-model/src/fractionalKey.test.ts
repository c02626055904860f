import { describe, expect, it } from 'vitest';
import { isFractionalKey, keyBetween, spreadKeys } from './fractionalKey.ts';
import { seededRandom } from './testing/seededRandom.ts';

describe('keyBetween', () => {
  it('orders keys between the open ends', () => {
    const first = keyBetween(null, null);
    const before = keyBetween(null, first);
    const after = keyBetween(first, null);
    expect(before < first && first < after).toBe(true);
  });

  it('always finds a key strictly between two keys, with and without a random tail', () => {
    const random = seededRandom(7);
    let keys = [keyBetween(null, null)];
    for (let i = 0; i < 2000; i++) {
      const index = Math.floor(random() * (keys.length + 1));
      const low = keys[index - 1] ?? null;
      const high = keys[index] ?? null;
      const key = keyBetween(low, high, i % 2 === 0 ? random : undefined);
      expect(isFractionalKey(key)).toBe(true);
      if (low !== null) expect(key > low).toBe(true);
      if (high !== null) expect(key < high).toBe(true);
      keys = [...keys.slice(0, index), key, ...keys.slice(index)];
    }
  });

  it('refuses an empty range', () => {
    expect(() => keyBetween('V', 'V')).toThrow(RangeError);
  });
});

describe('spreadKeys', () => {
  it('gives strictly increasing valid keys', () => {
    for (const count of [1, 2, 61, 62, 500]) {
      const keys = spreadKeys(count);
      expect(keys).toHaveLength(count);
      keys.forEach((key, i) => {
        expect(isFractionalKey(key)).toBe(true);
        if (i > 0) expect(key > (keys[i - 1] as string)).toBe(true);
      });
    }
  });
});
