import {
  GROUPING_PROBLEM_REASONS,
  type GroupingProblem,
  type GroupingProblemReason,
  LANGUAGES,
  type PersonId,
} from '@avaa/board-model';
import { beforeAll, describe, expect, it } from 'vitest';
import { dictionaryOf, loadLanguage, type MessageKey, translate } from '../i18n/dictionaries.ts';
import { describeProblems } from './problemText.ts';

const anna = 'annaannaanna' as PersonId;
const pekka = 'pekkapekkape' as PersonId;
const names: Record<string, string> = { [anna]: 'Anna', [pekka]: 'Pekka' };

/** One problem of every reason; the record type makes the compiler insist on all of them. */
const SAMPLES: { readonly [R in GroupingProblemReason]: Extract<GroupingProblem, { reason: R }> } = {
  'person-not-in-group': { reason: 'person-not-in-group', person: anna },
  'person-in-several-groups': { reason: 'person-in-several-groups', person: anna, groups: [0, 1] },
  'unknown-person': { reason: 'unknown-person', person: anna, group: 0 },
  'group-too-small': { reason: 'group-too-small', group: 1, size: 2, min: 3 },
  'group-too-large': { reason: 'group-too-large', group: 1, size: 6, max: 5 },
  'too-few-core-staff': { reason: 'too-few-core-staff', groups: 4, coreStaff: 2 },
  'no-core-staff': { reason: 'no-core-staff', group: 2 },
  'client-representatives-uneven': {
    reason: 'client-representatives-uneven',
    group: 0,
    clientRepresentatives: 2,
    fewest: 0,
  },
  'no-contact-person': { reason: 'no-contact-person', person: anna, group: 0 },
  'contact-not-staff': { reason: 'contact-not-staff', person: anna, contact: pekka },
  'contact-not-in-group': { reason: 'contact-not-in-group', person: anna, contact: pekka, group: 1 },
};

describe('grouping problems in words', () => {
  // Swedish and English load on demand in the app.
  beforeAll(() => Promise.all([loadLanguage('sv'), loadLanguage('en')]));

  it.each(LANGUAGES)('has a translation of every reason in %s', (language) => {
    for (const reason of GROUPING_PROBLEM_REASONS) {
      const text = dictionaryOf(language)[`grouping.problem.${reason}` as MessageKey];
      expect(text, `${language}: ${reason}`).toBeTruthy();
    }
  });

  it.each(LANGUAGES)('fills in every placeholder of every reason in %s', (language) => {
    for (const reason of GROUPING_PROBLEM_REASONS) {
      const texts = describeProblems([SAMPLES[reason]], {
        t: (key, params) => translate(language, key, params),
        language,
        personName: (id) => names[id],
        groupNumber: (index) => index + 1,
      });
      expect(texts.length, reason).toBe(1);
      expect(texts[0], `${language}: ${reason}`).not.toMatch(/[{}]/);
    }
  });

  it('says which groups lack core staff in the summary, as in the method', () => {
    const t = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
    const texts = describeProblems(
      [
        { reason: 'too-few-core-staff', groups: 4, coreStaff: 2 },
        { reason: 'no-core-staff', group: 2 },
        { reason: 'no-core-staff', group: 3 },
      ],
      { t, language: 'en', personName: () => undefined, groupNumber: (index) => index + 1 },
    );
    expect(texts).toEqual(['Only 2 core staff for 4 groups: groups 3 and 4 have nobody who knows the whole Ohjaamo.']);
    const fi = describeProblems(
      [
        { reason: 'too-few-core-staff', groups: 3, coreStaff: 2 },
        { reason: 'no-core-staff', group: 2 },
      ],
      {
        t: (key, params) => translate('fi', key, params),
        language: 'fi',
        personName: () => undefined,
        groupNumber: (index) => index + 1,
      },
    );
    expect(fi).toEqual(['Vain 2 ydintyöntekijää 3 ryhmälle: ryhmässä 3 ei ole ketään, joka tuntee koko Ohjaamon.']);
  });

  it('names people and the groups as numbered on screen', () => {
    const [text] = describeProblems([SAMPLES['contact-not-in-group']], {
      t: (key, params) => translate('fi', key, params),
      language: 'fi',
      personName: (id) => names[id],
      groupNumber: (index) => [4, 7][index] ?? 0,
    });
    expect(text).toBe('Asiakkaiden edustajan Anna yhteyshenkilö Pekka ei ole samassa ryhmässä (7).');
  });
});
