import { cleanup } from '@testing-library/react';
import { afterEach, inject } from 'vitest';
import { loadLanguage } from '../i18n/dictionaries.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real server tests/component/apiServer.ts started for this run. */
    apiUrl: string;
  }
}

// The app asks its own origin for `/api/...`; here that origin is the real server. Node's fetch
// resolves relative addresses against undici's global origin (jsdom's location does not reach it).
(globalThis as Record<symbol, unknown>)[Symbol.for('undici.globalOrigin.1')] = new URL(inject('apiUrl'));

// The app loads Swedish and English before it shows them; the tests read them at once.
await Promise.all([loadLanguage('sv'), loadLanguage('en')]);

// jsdom lays nothing out, so it has no scrolling: bringing an element into sight does nothing
// here (the e2e tests check it in Chromium).
Element.prototype.scrollIntoView ??= () => undefined;

// Vitest runs without globals, so Testing Library cannot unmount on its own between tests.
afterEach(() => {
  cleanup();
  localStorage.clear();
});
