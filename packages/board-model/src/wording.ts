import type { RiskKind } from './paths/pathSchema.ts';
import type { NoteKind } from './schema.ts';
import type { Language } from './template.ts';

/**
 * Words the workshop's outputs share, one definition each: the board, the projector, the PDFs
 * and the exports say the same thing in the workshop's language.
 */

/** A vote's unit: a dot ("piste", "prick", "dot"), as the facilitator's vote settings call it. */
export const DOT_WORDS: Readonly<Record<Language, { readonly one: string; readonly other: string }>> = {
  fi: { one: 'piste', other: 'pistettä' },
  sv: { one: 'prick', other: 'prickar' },
  en: { one: 'dot', other: 'dots' },
};

/** "1 piste", "3 pistettä". */
export function dotCount(count: number, language: Language): string {
  const words = DOT_WORDS[language];
  return `${count} ${count === 1 ? words.one : words.other}`;
}

/** A note's kind in words, lower case, for a spreadsheet's cell. */
export const NOTE_KIND_WORDS: Readonly<Record<Language, Readonly<Record<NoteKind, string>>>> = {
  fi: { note: 'lappu', gap: 'puute', idea: 'idea' },
  sv: { note: 'lapp', gap: 'brist', idea: 'idé' },
  en: { note: 'note', gap: 'gap', idea: 'idea' },
};

/** A step's risk in words ("luukuttaminen": sent from counter to counter), lower case. */
export const RISK_KIND_WORDS: Readonly<Record<Language, Readonly<Record<RiskKind, string>>>> = {
  fi: { 'drop-out': 'katoaminen palveluviidakkoon', 'counter-to-counter': 'luukuttaminen', waiting: 'odottaminen' },
  sv: {
    'drop-out': 'försvinner i servicedjungeln',
    'counter-to-counter': 'skickas från lucka till lucka',
    waiting: 'väntan',
  },
  en: {
    'drop-out': 'lost in the service jungle',
    'counter-to-counter': 'sent from counter to counter',
    waiting: 'waiting',
  },
};

/** The words of service paths the outputs share. */
export const PATH_WORDS: Readonly<
  Record<Language, { readonly paths: string; readonly missingService: string; readonly risk: string }>
> = {
  fi: { paths: 'Palvelupolut', missingService: 'puuttuva palvelu', risk: 'riski' },
  sv: { paths: 'Servicestigar', missingService: 'tjänst saknas', risk: 'risk' },
  en: { paths: 'Service paths', missingService: 'missing service', risk: 'risk' },
};

/** How each language writes a date, as a hint beside a date field. */
export const DATE_PATTERNS: Readonly<Record<Language, string>> = {
  fi: 'p.k.vvvv',
  sv: 'åååå-mm-dd',
  en: 'yyyy-mm-dd',
};

/**
 * A calendar date `YYYY-MM-DD` as the workshop's language writes it: Finnish 24.11.2026,
 * Swedish and English the ISO 2026-11-24 (the Swedish standard, and unambiguous in English).
 * Anything that is not such a date is returned as it is.
 */
export function formatDate(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  if (language !== 'fi') return iso;
  return `${Number(match[3])}.${Number(match[2])}.${match[1]}`;
}

/**
 * What a person typed as a date, back to `YYYY-MM-DD`: 24.11.2026 (and 24.11.26 is not a
 * year: refused) or 2026-11-24, in any language; null for anything else or a day that does
 * not exist.
 */
export function parseDate(text: string): string | null {
  const trimmed = text.trim();
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const [year, month, day] = dotted
    ? [dotted[3], dotted[2], dotted[1]].map(Number)
    : iso
      ? [iso[1], iso[2], iso[3]].map(Number)
      : [];
  if (year === undefined || month === undefined || day === undefined || year < 1000) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
