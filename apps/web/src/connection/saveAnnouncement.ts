import type { SavedState } from '@avaa/workshop-client';

/** The saving states a person must hear about: their work is not on the server. */
const PROBLEMS: ReadonlySet<SavedState> = new Set(['stalled', 'offline-unsaved', 'refused']);

/**
 * What the screen reader hears when the saved state changes from `previous` to `next` (the
 * state last announced, or 'saved' when nothing was), or null for silence. Typing says nothing
 * ("Saving…" and "saved" would be read after every keystroke); a problem is said once, another
 * problem when it changes, and "saved" once the problem is over.
 */
export function saveAnnouncement(lastAnnounced: SavedState, next: SavedState): SavedState | null {
  if (PROBLEMS.has(next)) return next === lastAnnounced ? null : next;
  if (next === 'saved' && PROBLEMS.has(lastAnnounced)) return 'saved';
  return null;
}
