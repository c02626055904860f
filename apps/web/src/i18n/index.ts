import type { Language } from '@avaa/board-model';
import { useMemo } from 'react';
import { usePreferences } from '../state/preferences.ts';
import { type Translate, translate } from './dictionaries.ts';
import { type Plural, plural } from './plural.ts';

export {
  dictionaryOf,
  isLanguageLoaded,
  LANGUAGE_NAMES,
  loadLanguage,
  type MessageKey,
  type Params,
  SHOW_IN_LANGUAGE,
  type Translate,
  translate,
} from './dictionaries.ts';
export { type Plural, type PluralKey, plural } from './plural.ts';

/**
 * The language the UI is shown in: the user's choice, else the workshop's, else the browser's
 * (a refused link cannot learn the workshop's), else Finnish.
 */
export function useLanguage(): Language {
  return usePreferences((state) => state.chosenLanguage ?? state.workshopLanguage ?? state.browserLanguage ?? 'fi');
}

/**
 * The workshop's language, for what the workshop writes and shares: its notes (hyphenated in
 * it) and its dates (as in its PDFs and exports); else the UI's.
 */
export function useWorkshopLanguage(): Language {
  return usePreferences((state) => state.workshopLanguage ?? state.chosenLanguage ?? 'fi');
}

export function useT(): Translate {
  const language = useLanguage();
  return useMemo<Translate>(() => (key, params) => translate(language, key, params), [language]);
}

/** Counted messages in the UI language ("1 lappu", "3 lappua"): see plural.ts. */
export function usePlural(): Plural {
  const language = useLanguage();
  return useMemo<Plural>(() => (key, count, params) => plural(language, key, count, params), [language]);
}
