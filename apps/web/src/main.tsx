import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import './app/base.css';
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
