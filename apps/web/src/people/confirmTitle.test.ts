import { describe, expect, it } from 'vitest';
import { confirmsTitle } from './confirmTitle.ts';

describe('confirmsTitle', () => {
  it('takes a hyphen, or no spaces around it, for the en dash of the title', () => {
    expect(confirmsTitle('Kehittämispäivä - Närpiö', 'Kehittämispäivä – Närpiö')).toBe(true);
    expect(confirmsTitle('Kehittämispäivä-Närpiö', 'Kehittämispäivä — Närpiö')).toBe(true);
    expect(confirmsTitle('Päivä 1 − 2', 'Päivä 1 - 2')).toBe(true);
  });

  it('ignores case, repeated and surrounding whitespace and compatibility forms', () => {
    expect(confirmsTitle('  ohjaamo   LAHTI ', 'Ohjaamo Lahti')).toBe(true);
    expect(confirmsTitle('Ohjaamo\u00a0Lahti', 'Ohjaamo Lahti')).toBe(true);
    expect(confirmsTitle('Ｏｈｊａａｍｏ ２０２６', 'Ohjaamo 2026')).toBe(true);
    expect(confirmsTitle('Åsa', 'A\u030asa')).toBe(true);
    expect(confirmsTitle('"Avaa" päivä', '”Avaa” päivä')).toBe(true);
  });

  it('still needs the whole title', () => {
    expect(confirmsTitle('Ohjaamo', 'Ohjaamo Lahti')).toBe(false);
    expect(confirmsTitle('OhjaamoLahti', 'Ohjaamo Lahti')).toBe(false);
    expect(confirmsTitle('Ohjaamo Lahtii', 'Ohjaamo Lahti')).toBe(false);
  });

  it('never confirms an empty title', () => {
    expect(confirmsTitle('', '')).toBe(false);
    expect(confirmsTitle(' – ', '')).toBe(false);
  });
});
