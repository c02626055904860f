import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { focusAfterRender } from '../app/focusAfterRender.ts';
import { useT } from '../i18n/index.ts';
import { isFacilitator, useWorkshop } from '../workshop/WorkshopContext.ts';
import { SearchDialog } from './SearchDialog.tsx';
import './search.css';

/** Whether a key press is typing (a field, an editable note), where "/" is just a character. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/**
 * "Haku" in the header (on a phone, in the header's menu) and the shortcuts "/" (outside a
 * field) and Ctrl+K (or ⌘K) anywhere: both open the search. Focus comes back here on closing.
 */
export function SearchButton() {
  const t = useT();
  const leads = isFacilitator(useWorkshop());
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target);
      const controlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
      if (!slash && !controlK) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const close = () => {
    setOpen(false);
    focusAfterRender(button);
  };
  return (
    <div className={`search-open${leads ? ' search-open--leads' : ''}`}>
      <button
        ref={button}
        type="button"
        aria-keyshortcuts="/ Control+K"
        title={t('search.shortcut')}
        onClick={() => setOpen(true)}
      >
        {/* The header's rows are full on a facilitator's laptop: the name is for screen readers and the tooltip. */}
        <svg className="search-open__icon" aria-hidden="true" viewBox="0 0 20 20" width="18" height="18">
          <circle cx="8.5" cy="8.5" r="6" fill="none" stroke="currentColor" strokeWidth="2.2" />
          <path d="M13 13l5 5" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
        </svg>
        <span className="visually-hidden">{t('search.open')}</span>
      </button>
      {/* Outside the header: on a phone its menu folds away (display: none), and the dialog with it. */}
      {open && createPortal(<SearchDialog onClose={close} />, document.body)}
    </div>
  );
}
