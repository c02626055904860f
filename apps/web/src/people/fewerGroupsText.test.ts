import { LANGUAGES } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import { fewerGroupsText } from './fewerGroupsText.ts';

describe('why fewer groups than asked, in words', () => {
  const fi = 'fi';

  it('says how many groups of 3-5 the people make', () => {
    expect(fewerGroupsText({ reason: 'too-few-people', asked: 3, people: 8, most: 2, withSmallGroups: 3 }, 2, fi)).toBe(
      'Ryhmiä tuli 2 eikä 3: 8 hengestä syntyy enintään 2 ryhmää, joissa on 3–5 henkeä.',
    );
    expect(fewerGroupsText({ reason: 'too-few-people', asked: 2, people: 5, most: 1, withSmallGroups: 2 }, 1, fi)).toBe(
      'Ryhmiä tuli yksi eikä 2: 5 hengestä syntyy vain yksi ryhmä, jossa on 3–5 henkeä.',
    );
  });

  it('says that each group needs a core staff member', () => {
    expect(fewerGroupsText({ reason: 'too-few-core-staff', asked: 4, coreStaff: 3 }, 3, fi)).toBe(
      'Ryhmiä tuli 3 eikä 4: ydintyöntekijöitä on vain 3, ja jokaiseen ryhmään tarvitaan yksi. Siksi ryhmät ovat suurempia.',
    );
  });

  it.each(LANGUAGES)('leaves no placeholder unfilled in %s', (language) => {
    const t = language;
    for (const text of [
      fewerGroupsText({ reason: 'too-few-people', asked: 3, people: 8, most: 2, withSmallGroups: 3 }, 2, t),
      fewerGroupsText({ reason: 'too-few-people', asked: 2, people: 5, most: 1, withSmallGroups: 2 }, 1, t),
      fewerGroupsText({ reason: 'too-few-core-staff', asked: 4, coreStaff: 3 }, 3, t),
    ]) {
      expect(text).not.toMatch(/[{}]/);
      expect(text).toMatch(/\b[1-4]\b/);
    }
  });
});
