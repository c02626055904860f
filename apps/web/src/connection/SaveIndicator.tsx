import type { BoardConnection, ConnectionStatus, SavedState } from '@avaa/workshop-client';
import { useEffect, useRef, useState } from 'react';
import { useReading } from '../client/useReading.ts';
import { useT } from '../i18n/index.ts';
import { useBoardUi } from '../state/boardUi.ts';
import { saveAnnouncement } from './saveAnnouncement.ts';

/**
 * Whether this person's edits are on the server's disk: "saved" only after the server says its
 * commit is done, not when the edit was merely sent. Unsaved edits stay in this browser
 * (IndexedDB) meanwhile, so the words can be calm. My dots in a vote count too. The words on
 * screen follow every change; the live region only what a person must hear (saveAnnouncement),
 * not every keystroke's "Saving…".
 */
export function SaveIndicator({ connection }: { connection: BoardConnection }) {
  const t = useT();
  const saved = useReading(connection.savedState);
  const live = useReading(connection.status, isLive);
  // My dots go to the server apart from the document (voting/): not saved until it has them too.
  const unsavedDots = useBoardUi((ui) => ui.unsavedDots);
  const state: SavedState = saved === 'saved' && unsavedDots > 0 ? (live ? 'saving' : 'offline-unsaved') : saved;
  const lastAnnounced = useRef<SavedState>('saved');
  const [announcement, setAnnouncement] = useState<SavedState | null>(null);
  useEffect(() => {
    const next = saveAnnouncement(lastAnnounced.current, state);
    if (next === null) return;
    lastAnnounced.current = next;
    setAnnouncement(next);
  }, [state]);
  return (
    <>
      <span className={`save-indicator save-indicator--${state}`}>{t(`saved.${state}`)}</span>
      <span className="visually-hidden" role="status" data-announces="saved-state">
        {announcement && t(`saved.${announcement}`)}
      </span>
    </>
  );
}

const isLive = (status: ConnectionStatus) => status.state === 'live';
