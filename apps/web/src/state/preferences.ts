import { isLanguage, type Language } from '@avaa/board-model';
import { MAX_PRESENCE_NAME_LENGTH } from '@avaa/workshop-client';
import { create } from 'zustand';
import { isLanguageLoaded, loadLanguage } from '../i18n/dictionaries.ts';
import { randomPresenceColour } from '../presence/presenceColours.ts';
import { readStored, writeStored } from './storage.ts';

/**
 * Per-device preferences: local UI state, kept in localStorage, never in the board document.
 * `identity.name` is null until the person picks one; the shown name is then "Vieras 12" in the
 * current language, so the guest number is what is stored.
 */
export type Identity = {
  readonly name: string | null;
  readonly guestNumber: number;
  readonly colour: string;
  /** Whether the name prompt has been answered (saved or kept), so it is asked only once. */
  readonly asked: boolean;
};

type PreferencesState = {
  readonly chosenLanguage: Language | null;
  /** The open workshop's language: the default when the person has not chosen one. */
  readonly workshopLanguage: Language | null;
  /** The browser's first language we have, for pages that know no workshop (a refused link). */
  readonly browserLanguage: Language | null;
  readonly identity: Identity;
  chooseLanguage(language: Language): void;
  setWorkshopLanguage(language: Language | null): void;
  setName(name: string | null): void;
};

const LANGUAGE_KEY = 'avaa:language';
const IDENTITY_KEY = 'avaa:identity';

export const usePreferences = create<PreferencesState>()((set, get) => ({
  chosenLanguage: initialLanguage(),
  workshopLanguage: null,
  browserLanguage: firstKnownLanguage(navigator.languages),
  identity: initialIdentity(),
  chooseLanguage(language) {
    writeStored('local', LANGUAGE_KEY, language);
    whenLoaded('chosenLanguage', language, () => set({ chosenLanguage: language }));
  },
  setWorkshopLanguage(language) {
    whenLoaded('workshopLanguage', language, () => set({ workshopLanguage: language }));
  },
  setName(name) {
    const trimmed = name?.trim().slice(0, MAX_PRESENCE_NAME_LENGTH) || null;
    const identity = { ...get().identity, name: trimmed, asked: true };
    writeStored('local', IDENTITY_KEY, JSON.stringify(identity));
    set({ identity });
  },
}));

/** The latest wish per setting, so a language that loads late never overrides a later one. */
const latest = new Map<string, Language | null>();

/**
 * Applies a language setting once its dictionary is here (at once when it is), so the UI never
 * shows a language it cannot say yet; a failed load (offline, not cached) keeps the one shown.
 */
function whenLoaded(setting: string, language: Language | null, apply: () => void): void {
  latest.set(setting, language);
  if (language === null || isLanguageLoaded(language)) {
    apply();
    return;
  }
  loadLanguage(language).then(
    () => {
      if (latest.get(setting) === language) apply();
    },
    () => {},
  );
}

/** The language the page opens in before it knows the workshop's: loaded before the first render. */
export function startLanguages(): Language[] {
  const { chosenLanguage, browserLanguage } = usePreferences.getState();
  const first = chosenLanguage ?? browserLanguage;
  return first ? [first] : [];
}

/** `?lang=sv` wins (and is remembered), then the stored choice. */
function initialLanguage(): Language | null {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLanguage(fromUrl)) {
    writeStored('local', LANGUAGE_KEY, fromUrl);
    return fromUrl;
  }
  const stored = readStored('local', LANGUAGE_KEY);
  return isLanguage(stored) ? stored : null;
}

/** `sv-FI` -> sv: the first of the browser's languages that the UI speaks, else null. */
export function firstKnownLanguage(languages: readonly string[]): Language | null {
  for (const tag of languages) {
    const primary = tag.split('-')[0]?.toLowerCase() ?? null;
    if (isLanguage(primary)) return primary;
  }
  return null;
}

function initialIdentity(): Identity {
  try {
    const stored = JSON.parse(readStored('local', IDENTITY_KEY) ?? 'null') as Partial<Identity> | null;
    if (stored && typeof stored.guestNumber === 'number' && /^#[0-9a-f]{6}$/i.test(String(stored.colour))) {
      return {
        name: typeof stored.name === 'string' ? stored.name : null,
        guestNumber: stored.guestNumber,
        colour: String(stored.colour),
        asked: stored.asked === true,
      };
    }
  } catch {
    // A corrupt entry is replaced below.
  }
  const identity: Identity = {
    name: null,
    guestNumber: 10 + Math.floor(Math.random() * 90),
    colour: randomPresenceColour(),
    asked: false,
  };
  writeStored('local', IDENTITY_KEY, JSON.stringify(identity));
  return identity;
}
