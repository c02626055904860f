import { MAX_SEARCH_HITS, type SearchHit, type SearchPlace, searchItems } from '@avaa/board-model';
import { type KeyboardEvent, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { navigate } from '../app/navigation.ts';
import { type WorkshopView, workshopPath } from '../app/routes.ts';
import { type Plural, usePlural, useT } from '../i18n/index.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { SearchResults } from './SearchResults.tsx';
import { searchTarget } from './searchTarget.ts';
import { useSearchItems } from './useSearchItems.ts';

/**
 * The search, as a modal dialog: the field takes the focus, results follow each keystroke
 * (how many is said in a polite live region), a result opens its board or the agreements and
 * brings the note or item into view (SearchTargetWatcher). Escape closes it.
 */
export function SearchDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const counted = usePlural();
  const workshop = useWorkshop();
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const hintId = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const { items, loading } = useSearchItems();
  const hits = useMemo(() => searchItems(items, deferred), [items, deferred]);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // showModal focuses the first control, the close button; the field is what was opened.
    field.current?.focus();
  }, []);
  const choose = (hit: SearchHit) => {
    searchTarget.set({ kind: hit.kind, id: hit.target });
    onClose();
    navigate(workshopPath(workshop.workshopId, viewOf(hit.place)), { byPerson: false });
  };
  const searching = deferred.trim() !== '';
  return (
    <dialog
      ref={dialog}
      className="search-dialog"
      aria-labelledby={`${fieldId}-title`}
      onClose={onClose}
      onKeyDown={(event) => closeOnEscape(event, onClose)}
    >
      <div className="search-dialog__head">
        <h2 id={`${fieldId}-title`}>{t('search.title')}</h2>
        <button type="button" className="button--quiet" onClick={onClose}>
          {t('search.close')}
        </button>
      </div>
      <label htmlFor={fieldId}>{t('search.label')}</label>
      <input
        ref={field}
        id={fieldId}
        type="search"
        className="search-dialog__field"
        value={query}
        autoComplete="off"
        aria-describedby={hintId}
        onChange={(event) => setQuery(event.target.value)}
      />
      <p id={hintId} className="search-dialog__hint">
        {t('search.hint')}
      </p>
      <p className="search-dialog__count" role="status">
        {searching ? countText(t, counted, hits.length) : ''}
        {searching && loading ? ` ${t('search.loading')}` : ''}
      </p>
      {searching && hits.length > 0 && <SearchResults hits={hits} onChoose={choose} />}
    </dialog>
  );
}

/** A search field takes Escape to empty itself; here it closes the search, as a dialog does. */
function closeOnEscape(event: KeyboardEvent, close: () => void) {
  if (event.key !== 'Escape') return;
  event.preventDefault();
  close();
}

function viewOf(place: SearchPlace): WorkshopView {
  if (place.kind === 'agreements') return { kind: 'agreements' };
  return place.board === 'plenary' ? { kind: 'plenary' } : { kind: 'group', group: place.board };
}

function countText(t: ReturnType<typeof useT>, counted: Plural, count: number): string {
  if (count === 0) return t('search.none');
  const said = counted('search.count', count);
  return count >= MAX_SEARCH_HITS ? `${said}. ${t('search.more')}` : said;
}
