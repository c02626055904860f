import type { Language } from '@avaa/board-model';
import { useMemo } from 'react';
import { usePreferences } from '../state/preferences.ts';
import { type Translate, translate } from './dictionaries.ts';

export {
  DICTIONARIES,
  LANGUAGE_NAMES,
  type MessageKey,
  type Params,
  type Translate,
  translate,
} from './dictionaries.ts';

/** The language the UI is shown in: the user's choice, else the workshop's, else Finnish. */
export function useLanguage(): Language {
  return usePreferences((state) => state.chosenLanguage ?? state.workshopLanguage ?? 'fi');
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
