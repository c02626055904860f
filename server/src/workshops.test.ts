import { WORKSHOP_ID_ALPHABET, WORKSHOP_ID_LENGTH } from '@avaa/protocol';
import { describe, expect, test } from 'vitest';
import { JOIN_CODE_LENGTH, newJoinCode, normalizeJoinCode } from './joinCodes.ts';
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

test('join codes: 6 characters of the id alphabet, typed in any case', () => {
  const pattern = new RegExp(`^[${WORKSHOP_ID_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);
  for (let i = 0; i < 200; i++) expect(newJoinCode()).toMatch(pattern);
  expect(normalizeJoinCode(' K3M9X2 ')).toBe('k3m9x2');
  expect(normalizeJoinCode('k3m-9x2')).toBe('k3m9x2');
  for (const typed of ['k3m9x', 'k3m9x22', 'k3m9x0', 'k3m/x2', '']) expect(normalizeJoinCode(typed)).toBeUndefined();
});
