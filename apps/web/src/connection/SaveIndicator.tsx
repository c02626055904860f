import type { BoardConnection, SavedState } from '@avaa/sync-client';
import { useSyncExternalStore } from 'react';
import { useT } from '../i18n/index.ts';

/**
 * Whether this person's edits are on the server's disk: "saved" only after the server says its
 * commit is done, not when the edit was merely sent. Unsaved edits stay in this browser
 * (IndexedDB) meanwhile, so the words can be calm.
 */
export function SaveIndicator({ connection }: { connection: BoardConnection }) {
  const t = useT();
  const state: SavedState = useSyncExternalStore(connection.savedState.subscribe, connection.savedState.getSnapshot);
  return (
    <span className={`save-indicator save-indicator--${state}`} role="status">
      {t(`saved.${state}`)}
    </span>
  );
}
