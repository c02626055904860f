import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, firstPageLoaded } from './app/App.tsx';
import './app/base.css';
import { LANGUAGES } from '@avaa/board-model';
import { loadLanguage } from './i18n/dictionaries.ts';
import { registerServiceWorker } from './pwa/serviceWorker.ts';
import { UpdateNotice } from './pwa/UpdateNotice.tsx';
import { startLanguages } from './state/preferences.ts';

/**
 * The opened page's chunk is in and the main thread has a moment: what is not needed to show the
 * page (the other languages, the service worker's copy of the whole app, about 2 MB) waits for
 * this, so that on a slow link it does not take bandwidth from the page the person waits for.
 */
const afterFirstPage = firstPageLoaded()
  // The page's own first requests (its sockets' sync, the hyphenation patterns) go first.
  .then(() => new Promise((resolve) => setTimeout(resolve, 2_000)))
  .then(
    () =>
      new Promise<void>((resolve) => {
        if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 10_000 });
        else resolve();
      }),
  );
const updates = registerServiceWorker(afterFirstPage);
const root = document.getElementById('root');
// A Swedish or English person's dictionary comes before the first render: no Finnish in between.
// Finnish is in the entry; a failed load (offline, not cached) shows the page in Finnish.
await Promise.all(startLanguages().map((language) => loadLanguage(language).catch(() => {})));
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
      <UpdateNotice offer={updates} />
    </StrictMode>,
  );
}
// The other languages follow once the page is in and idle, so a change of language works
// offline too, where no service worker has cached them (a first visit, a browser without one).
void afterFirstPage.then(() => {
  for (const language of LANGUAGES) void loadLanguage(language).catch(() => {});
});
