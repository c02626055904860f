import type { Language } from '@avaa/board-model';
import { type MessageKey, type Params, translate } from './dictionaries.ts';
import { LOCALES } from './locales.ts';

/** A counted message: the dictionaries hold `<key>.one` and `<key>.other` for it. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends MessageKey ? Base : never) : never;
}[MessageKey];

const RULES = new Map<Language, Intl.PluralRules>();

function rules(language: Language): Intl.PluralRules {
  let found = RULES.get(language);
  if (!found) {
    found = new Intl.PluralRules(LOCALES[language]);
    RULES.set(language, found);
  }
  return found;
}

/**
 * "1 lappu" / "3 lappua", "1 lapp" / "3 lappar", "1 note" / "3 notes": the platform's plural
 * rules pick the form (fi, sv and en have two: one and other). `{count}` is filled in.
 */
export function plural(language: Language, key: PluralKey, count: number, params: Params = {}): string {
  const form = rules(language).select(count) === 'one' ? 'one' : 'other';
  return translate(language, `${key}.${form}` as MessageKey, { ...params, count });
}

export type Plural = (key: PluralKey, count: number, params?: Params) => string;
