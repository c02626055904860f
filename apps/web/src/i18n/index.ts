import type { Language, Localized } from '@avaa/board-model';
import { useMemo } from 'react';
import { usePreferences } from '../state/preferences.ts';
import { en } from './en.ts';
import { fi, type MessageKey, type Messages } from './fi.ts';
import { sv } from './sv.ts';

export type { MessageKey } from './fi.ts';
export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: Params) => string;

const dictionaries: Readonly<Record<Language, Messages>> = { fi, sv, en };

/** Language names are shown in their own language, so anyone can find theirs. */
export const LANGUAGE_NAMES: Localized = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

export function translate(language: Language, key: MessageKey, params?: Params): string {
  const text = dictionaries[language][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The language the UI is shown in: the user's choice, else the workshop's, else Finnish. */
export function useLanguage(): Language {
  return usePreferences((state) => state.chosenLanguage ?? state.workshopLanguage ?? 'fi');
}

export function useT(): Translate {
  const language = useLanguage();
  return useMemo<Translate>(() => (key, params) => translate(language, key, params), [language]);
}
