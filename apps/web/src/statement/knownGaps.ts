import type { MessageKey } from '../i18n/index.ts';

/**
 * What is known not to be fully accessible, as the statement lists it (every point of the
 * audit of 2026-12 is fixed; these are the limits left). Remove a line when its fix lands,
 * and update ASSESSED.
 */
export const KNOWN_GAPS: readonly MessageKey[] = [
  'statement.gap.pdfUnchecked',
  'statement.gap.macJump',
  'statement.gap.photoUntyped',
];

/** What is known to conform, from the same audit and the tests that keep it so. */
export const CONFORMS: readonly MessageKey[] = [
  'statement.conforms.keyboard',
  'statement.conforms.contrast',
  'statement.conforms.reflow',
  'statement.conforms.zoom',
  'statement.conforms.announce',
  'statement.conforms.focus',
  'statement.conforms.table',
  'statement.conforms.languages',
  'statement.conforms.exports',
  'statement.conforms.pdf',
];

/** The date of the last assessment (YYYY-MM-DD), shown in the UI language's way. */
export const ASSESSED = '2026-12-07';

/** The supervisory authority since 1.1.2025 (HE 71/2024 moved it from Etelä-Suomen AVI). */
export const SUPERVISOR = {
  email: 'saavutettavuus@traficom.fi',
  site: 'https://www.saavutettavuusvaatimukset.fi/',
} as const;
