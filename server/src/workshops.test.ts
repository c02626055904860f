import { WORKSHOP_ID_ALPHABET, WORKSHOP_ID_LENGTH } from '@avaa/protocol';
import { describe, expect, test } from 'vitest';
import { newWorkshopId, parseNewWorkshop } from './workshops.ts';

describe('parseNewWorkshop', () => {
  test('trims the title and accepts 120 characters', () => {
    expect(parseNewWorkshop({ title: '  Ohjaamo  ', language: 'fi' })).toEqual({
      ok: true,
      value: { title: 'Ohjaamo', language: 'fi' },
    });
    expect(parseNewWorkshop({ title: 'å'.repeat(120), language: 'sv' }).ok).toBe(true);
  });

  test('names the failing field', () => {
    expect(parseNewWorkshop({ title: 'x'.repeat(121), language: 'fi' })).toEqual({
      ok: false,
      error: { error: 'too-long', field: 'title' },
    });
    expect(parseNewWorkshop({ title: 'tab\there', language: 'fi' })).toMatchObject({
      error: { error: 'control-character' },
    });
    expect(parseNewWorkshop({ title: 'T', language: 'FI' })).toMatchObject({ error: { field: 'language' } });
  });
});

test('workshop ids use the fixed alphabet and length', () => {
  const pattern = new RegExp(`^[${WORKSHOP_ID_ALPHABET}]{${WORKSHOP_ID_LENGTH}}$`);
  for (let i = 0; i < 200; i++) expect(newWorkshopId()).toMatch(pattern);
});
