import { describe, expect, it } from 'vitest';
import { PATH_INK, pathLabel } from './pathLabel.ts';
import { PATH_COLOURS } from './pathSchema.ts';

/** Relative luminance and contrast as WCAG 2 defines them. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

describe('pathLabel', () => {
  it('letters paths A to Z, then AA, AB', () => {
    expect([0, 1, 25, 26, 27, 52].map(pathLabel)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'BA']);
  });

  it('gives the board-wide limit of paths distinct labels', () => {
    const labels = Array.from({ length: 200 }, (_, index) => pathLabel(index));
    expect(new Set(labels).size).toBe(200);
  });
});

describe('PATH_INK', () => {
  it('gives every path colour an ink of at least 4.5:1 on white', () => {
    for (const colour of PATH_COLOURS) {
      expect(PATH_INK[colour]).toMatch(/^#[0-9a-f]{6}$/);
      expect(1.05 / (luminance(PATH_INK[colour]) + 0.05)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
