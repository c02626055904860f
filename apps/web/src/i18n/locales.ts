import type { Language } from '@avaa/board-model';

/** The platform locale of each UI language, for Intl (dates, plural rules). */
export const LOCALES: Readonly<Record<Language, string>> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
