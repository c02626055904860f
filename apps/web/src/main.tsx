import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import './app/base.css';
import { registerServiceWorker } from './pwa/serviceWorker.ts';
import { UpdateNotice } from './pwa/UpdateNotice.tsx';

const updates = registerServiceWorker();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
      <UpdateNotice offer={updates} />
    </StrictMode>,
  );
}
