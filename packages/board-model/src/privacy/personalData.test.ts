import { describe, expect, it } from 'vitest';
import { findPersonalData } from './personalData.ts';

describe('findPersonalData', () => {
  it.each([
    ['Asiakas 131052-308T tuli ohjaukseen', ['identity-code']],
    ['hetu 010594Y9032 ja muuta', ['identity-code']],
    ['uusi muoto 010504A901S', ['identity-code']],
    ['soita 040 123 4567', ['phone']],
    ['puh. +358 40 1234567', ['phone']],
    ['numero 09-310 1234', ['phone']],
    ['matti.meikalainen@example.fi kysyi', ['email']],
    ['131052-308T, 0401234567, a@b.fi', ['identity-code', 'phone', 'email']],
  ])('finds personal data in %j', (text, kinds) => {
    expect(findPersonalData(text)).toEqual(kinds);
  });

  it.each([
    'Walk-in ohjaus ilman ajanvarausta',
    'Seuranta kolmen kuukauden päästä',
    // A wrong check character is not an identity code (a typo or a made-up number).
    'koodi 131052-308A',
    'Palaveri 12.3.2026 klo 10-12',
    'Vuosina 2019-2025 noin 1500 nuorta',
    'Sivu www.ohjaamot.fi',
    'Ryhmä 2: 5 henkeä, 3 työntekijää',
  ])('stays quiet on %j', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });
});
