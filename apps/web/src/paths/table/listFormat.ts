import type { Language } from '@avaa/board-model';
import { LOCALES } from '../../i18n/locales.ts';

/** "1, 3 ja 4", "1, 3 och 4", "1, 3, and 4": lists said the way each language says them. */
export const LIST_FORMATS: Readonly<Record<Language, Intl.ListFormat>> = {
  fi: new Intl.ListFormat(LOCALES.fi, { type: 'conjunction' }),
  sv: new Intl.ListFormat(LOCALES.sv, { type: 'conjunction' }),
  en: new Intl.ListFormat(LOCALES.en, { type: 'conjunction' }),
};
