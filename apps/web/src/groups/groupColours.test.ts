import { describe, expect, it } from 'vitest';
import { GROUP_COLOURS, groupColour } from './groupColours.ts';

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('group colours', () => {
  it('carry white text at 4.5:1 and stand out from the page at 3:1', () => {
    for (const colour of GROUP_COLOURS) {
      expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colour, '#f4f3ef')).toBeGreaterThanOrEqual(3);
    }
  });

  it('are distinct and cycle past the last one', () => {
    expect(new Set(GROUP_COLOURS).size).toBe(GROUP_COLOURS.length);
    expect(groupColour(1)).toBe(GROUP_COLOURS[0]);
    expect(groupColour(GROUP_COLOURS.length + 1)).toBe(GROUP_COLOURS[0]);
  });
});
