import type { Language, Localized } from '@avaa/board-model';
import { en } from './en.ts';
import { fi } from './fi.ts';
import { plenaryEn } from './plenary/en.ts';
import { plenaryFi } from './plenary/fi.ts';
import { plenarySv } from './plenary/sv.ts';
import { sv } from './sv.ts';
import { workshopEn } from './workshop/en.ts';
import { workshopFi } from './workshop/fi.ts';
import { workshopSv } from './workshop/sv.ts';

/**
 * The dictionaries come in parts (the board, the workshop's people and groups, the plenary);
 * Finnish is the source of each part and the other languages are typed against its keys.
 */
export type MessageKey = keyof typeof fi | keyof typeof workshopFi | keyof typeof plenaryFi;
export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: Params) => string;

type Dictionary = Readonly<Record<MessageKey, string>>;

export const DICTIONARIES: Readonly<Record<Language, Dictionary>> = {
  fi: { ...fi, ...workshopFi, ...plenaryFi },
  sv: { ...sv, ...workshopSv, ...plenarySv },
  en: { ...en, ...workshopEn, ...plenaryEn },
};

/** Language names are shown in their own language, so anyone can find theirs. */
export const LANGUAGE_NAMES: Localized = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

export function translate(language: Language, key: MessageKey, params?: Params): string {
  const text = DICTIONARIES[language][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
