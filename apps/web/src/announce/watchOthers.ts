import type { ServerLink } from '@avaa/workshop-client';
import type * as Y from 'yjs';
import { type Announcement, createOthersAnnouncer } from './othersAnnouncer.ts';
import { othersChangesOf, transactionSource, typeRoots } from './othersChanges.ts';

export type Clock = {
  now(): number;
  /** Runs `run` after `ms`; returns the cancel. */
  later(run: () => void, ms: number): () => void;
};

const REAL_CLOCK: Clock = {
  now: () => Date.now(),
  later(run, ms) {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};

export type WatchOptions = {
  /** A Yjs client's name from presence, null when not known. */
  readonly nameOf: (clientId: number) => string | null;
  /** Says what happened; several at once when a vote and notes come together. */
  readonly say: (announcements: readonly Announcement[]) => void;
  readonly clock?: Clock;
  readonly intervalMs?: number;
};

/**
 * Follows a board's document and says others' changes through `say`, rate-limited and
 * summarised (othersAnnouncer.ts). Own changes never; what the board loads with never; what
 * arrives while it resyncs after being offline in one summary once synced. Returns the stop.
 */
export function watchOthers(doc: Y.Doc, server: ServerLink, options: WatchOptions): () => void {
  const clock = options.clock ?? REAL_CLOCK;
  typeRoots(doc);
  const announcer = createOthersAnnouncer(options.intervalMs);
  let hasSynced = server.isSynced();
  let cancelTimer: (() => void) | null = null;

  const speak = (announcements: readonly Announcement[]) => {
    if (announcements.length > 0) options.say(announcements);
    cancelTimer?.();
    cancelTimer = null;
    const due = announcer.due();
    if (due === null) return;
    cancelTimer = clock.later(
      () => {
        cancelTimer = null;
        speak(announcer.flush(clock.now()));
      },
      Math.max(0, due - clock.now()),
    );
  };

  const onTransaction = (transaction: Y.Transaction) => {
    const source = transactionSource(transaction, { origin: server.origin, synced: server.isSynced() });
    // What the board first loads with is never said: not even read.
    if (source === 'own' || source === 'ignored' || (source === 'catchUp' && !hasSynced)) return;
    const changes = othersChangesOf(doc, transaction, options.nameOf);
    if (changes.length === 0) return;
    if (source === 'catchUp') announcer.catchUp(changes);
    else speak(announcer.live(changes, clock.now()));
  };

  const stopSync = server.onSynced(() => {
    const first = !hasSynced;
    hasSynced = true;
    speak(announcer.synced(first, clock.now()));
  });
  doc.on('afterTransaction', onTransaction);
  return () => {
    doc.off('afterTransaction', onTransaction);
    stopSync();
    cancelTimer?.();
  };
}
