import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import './app/base.css';
import { LANGUAGES } from '@avaa/board-model';
import { loadLanguage } from './i18n/dictionaries.ts';
import { registerServiceWorker } from './pwa/serviceWorker.ts';
import { UpdateNotice } from './pwa/UpdateNotice.tsx';
import { startLanguages } from './state/preferences.ts';

const updates = registerServiceWorker();
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
// The other languages follow once the page is idle, so a change of language works offline too,
// where no service worker has cached them (a first visit, a browser without one).
const loadTheOthers = () => {
  for (const language of LANGUAGES) void loadLanguage(language).catch(() => {});
};
if ('requestIdleCallback' in window) requestIdleCallback(loadTheOthers, { timeout: 10_000 });
else setTimeout(loadTheOthers, 5_000);
