import type { Language } from '@avaa/board-model';
import { useMemo } from 'react';
import { useLanguage } from '../index.ts';
import { printEn } from './en.ts';
import { type PrintMessages, printFi } from './fi.ts';
import { printSv } from './sv.ts';

/**
 * The print dialog's words load with the dialog (not in the app's first bundle); the button that
 * opens it is in the main dictionaries (`print.button`). Finnish is the source; sv and en are
 * typed against its keys.
 */
export type PrintMessageKey = keyof PrintMessages;
export type PrintTranslate = (key: PrintMessageKey, params?: Readonly<Record<string, string | number>>) => string;

const PRINT_DICTIONARIES: Readonly<Record<Language, PrintMessages>> = { fi: printFi, sv: printSv, en: printEn };

export function translatePrint(
  language: Language,
  key: PrintMessageKey,
  params?: Readonly<Record<string, string | number>>,
) {
  const text = PRINT_DICTIONARIES[language][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

export function usePrintT(): PrintTranslate {
  const language = useLanguage();
  return useMemo<PrintTranslate>(() => (key, params) => translatePrint(language, key, params), [language]);
}
