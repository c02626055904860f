import { PATH_COLOURS, PATH_INK } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import { pathRgb, rgbOf } from './colours.ts';

const hexOf = (rgb: readonly number[]) => `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;

describe('the paths’ ink in print', () => {
  it('is the web’s: every path colour prints as PATH_INK draws it on the board', () => {
    for (const colour of PATH_COLOURS) expect(hexOf(pathRgb(colour))).toBe(PATH_INK[colour]);
    expect(pathRgb('blue')).toEqual([0x1a, 0x56, 0xc4]);
  });

  it('reads "#rrggbb" as channels', () => {
    expect(rgbOf('#c0262d')).toEqual([192, 38, 45]);
  });
});
