import { describe, expect, it } from 'vitest';
import { operatorFromEnv } from './operator.ts';

describe('operatorFromEnv', () => {
  it('is empty when nothing is set: the statement then gives its defaults', () => {
    expect(operatorFromEnv({})).toEqual({});
    expect(operatorFromEnv({ OPERATOR_NAME: '  ', ACCESSIBILITY_EMAIL: '' })).toEqual({});
  });

  it('takes the name, the feedback address and the form', () => {
    expect(
      operatorFromEnv({
        OPERATOR_NAME: ' Ohjaamo Tampere ',
        ACCESSIBILITY_EMAIL: 'saavutettavuus@ohjaamo.example.fi',
        ACCESSIBILITY_FEEDBACK_URL: 'https://ohjaamo.example.fi/palaute',
      }),
    ).toEqual({
      name: 'Ohjaamo Tampere',
      accessibilityEmail: 'saavutettavuus@ohjaamo.example.fi',
      accessibilityFeedbackUrl: 'https://ohjaamo.example.fi/palaute',
    });
  });

  it('refuses what would make a broken or unsafe link', () => {
    expect(() => operatorFromEnv({ ACCESSIBILITY_EMAIL: 'palaute at ohjaamo' })).toThrow(/e-mail/);
    expect(() => operatorFromEnv({ ACCESSIBILITY_FEEDBACK_URL: 'javascript:alert(1)' })).toThrow(/https/);
    expect(() => operatorFromEnv({ ACCESSIBILITY_FEEDBACK_URL: 'palaute' })).toThrow(/not a URL/);
    expect(() => operatorFromEnv({ OPERATOR_NAME: 'Ohjaamo\u0007' })).toThrow(/plain text/);
  });
});
