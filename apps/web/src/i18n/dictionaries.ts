import type { Language, Localized } from '@avaa/board-model';
import { accessFi } from './access/fi.ts';
import { agreementPeopleFi } from './agreementPeople/fi.ts';
import { agreementsFi } from './agreements/fi.ts';
import { boardFi } from './board/fi.ts';
import { commentsFi } from './comments/fi.ts';
import { countsFi } from './counts/fi.ts';
import { deletedFi } from './deleted/fi.ts';
import { facilitationFi } from './facilitation/fi.ts';
import { fi } from './fi.ts';
import { groupCopyFi } from './groupCopy/fi.ts';
import { imageFi } from './image/fi.ts';
import type { Dictionary, MessageKey, Params } from './keys.ts';
import { modesFi } from './modes/fi.ts';
import { noteImagesFi } from './noteImages/fi.ts';
import { othersFi } from './others/fi.ts';
import { pathChangesFi } from './pathChanges/fi.ts';
import { pathDrawingFi } from './pathDrawing/fi.ts';
import { pathsFi } from './paths/fi.ts';
import { pathViewFi } from './pathView/fi.ts';
import { photoImportFi } from './photoImport/fi.ts';
import { plenaryFi } from './plenary/fi.ts';
import { privateWritingFi } from './privateWriting/fi.ts';
import { projectorFi } from './projector/fi.ts';
import { pwaFi } from './pwa/fi.ts';
import { reactionsFi } from './reactions/fi.ts';
import { readyCheckFi } from './readyCheck/fi.ts';
import { searchFi } from './search/fi.ts';
import { statementFi } from './statement/fi.ts';
import { votingFi } from './voting/fi.ts';
import { workshopFi } from './workshop/fi.ts';

export type { Dictionary, MessageKey, Params, Translate } from './keys.ts';

/**
 * Finnish, the default and the source of every part, comes with the app; Swedish and English are
 * chunks of their own, loaded before the UI is shown in them (`loadLanguage`): the first load
 * carries one language.
 */
const FI: Dictionary = {
  ...fi,
  ...workshopFi,
  ...plenaryFi,
  ...facilitationFi,
  ...votingFi,
  ...agreementsFi,
  ...accessFi,
  ...projectorFi,
  ...boardFi,
  ...deletedFi,
  ...statementFi,
  ...countsFi,
  ...othersFi,
  ...pathChangesFi,
  ...pathsFi,
  ...pathViewFi,
  ...pathDrawingFi,
  ...agreementPeopleFi,
  ...imageFi,
  ...privateWritingFi,
  ...modesFi,
  ...readyCheckFi,
  ...searchFi,
  ...commentsFi,
  ...groupCopyFi,
  ...reactionsFi,
  ...noteImagesFi,
  ...photoImportFi,
  ...pwaFi,
};

const loaded: Partial<Record<Language, Dictionary>> = { fi: FI };
const loading = new Map<Language, Promise<void>>();

/** Loads a language's dictionary (once); resolved at once for a language already here. */
export function loadLanguage(language: Language): Promise<void> {
  if (loaded[language]) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    const chunk =
      language === 'sv' ? import('./svDictionary.ts').then((m) => m.SV) : import('./enDictionary.ts').then((m) => m.EN);
    pending = chunk.then(
      (dictionary) => {
        loaded[language] = dictionary;
      },
      (error: unknown) => {
        // Offline without the chunk cached: the next call tries again.
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

export function isLanguageLoaded(language: Language): boolean {
  return loaded[language] !== undefined;
}

/** A loaded language's dictionary (`loadLanguage` first): for tests that read every message. */
export function dictionaryOf(language: Language): Dictionary {
  const dictionary = loaded[language];
  if (!dictionary) throw new Error(`the ${language} dictionary is not loaded`);
  return dictionary;
}

/** Language names are shown in their own language, so anyone can find theirs. */
export const LANGUAGE_NAMES: Localized = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

/** The offer to switch, said in the language offered: read by whoever does not read the page's. */
export const SHOW_IN_LANGUAGE: Localized = { fi: 'Näytä suomeksi', sv: 'Visa på svenska', en: 'Show in English' };

/**
 * A message in a language. The UI switches to a language only once it is loaded (the
 * preferences wait for it), so Finnish stands in only for a caller that did not wait.
 */
export function translate(language: Language, key: MessageKey, params?: Params): string {
  const text = (loaded[language] ?? FI)[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
