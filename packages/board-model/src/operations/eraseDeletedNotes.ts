import * as Y from 'yjs';
import { eraseCommentsOf } from '../comments/eraseComments.ts';
import { NOTE_IMAGE_KEY } from '../images/noteImage.ts';
import { ORIGINS } from '../origins.ts';
import { DELETIONS_ROOT, deletionsMap, type NoteMap, notesMap, serverDeletionTime } from '../schema.ts';

/**
 * Erases what deleted notes said: empties the text of every soft-deleted note (with `grace`,
 * of those deleted long enough ago), the text its recorded sources copied from group boards, the
 * text a copy of the common table keeps of its original, and the comments on it.
 * Run by the server, with the grace period, on boards it loads, keeps loaded and unloads (a week
 * has given every Undo its chance), and by the facilitator's "Erase now"; with Yjs garbage
 * collection on, the next snapshot then holds no trace of it.
 *
 * The note entry stays (deleted, in its place, with its source keys): concurrent clients
 * converge on it, and a merge does not bring the group note back. A later restore (an Undo
 * from a client that was offline all along) gives an empty note, which can be written again
 * or deleted. Returns how many notes were erased (dating an undated delete is a change too).
 */
export function eraseDeletedNotes(doc: Y.Doc, grace?: ErasureGrace): number {
  const erased = new Set<string>();
  doc.transact(() => {
    const due = new Set<string>();
    notesMap(doc).forEach((note, id) => {
      if (!(note instanceof Y.Map) || note.get('deleted') !== true) return;
      if (grace && !isPastGrace(doc, id, grace)) return;
      due.add(id);
      if (eraseNote(note)) erased.add(id);
    });
    // The comments on them go with them: they may quote the note.
    for (const id of eraseCommentsOf(doc, due)) erased.add(id);
  }, ORIGINS.eraseDeletedNotes);
  return erased.size;
}

/**
 * Erase only notes (paths, steps) the server saw deleted at least `graceMs` before `now` (its `deletions` root,
 * deletion/deletionTimes.ts; never the deleter's own `deletedAt`). A deleted note the server has
 * no time for (deleted before it kept one, or its time was lost in a crash) is dated `now` here:
 * it then gets the whole grace period rather than none. Only the server passes a grace.
 */
export type ErasureGrace = { readonly now: number; readonly graceMs: number };

/** Whether the delete dated under `id` in `deletions` is past the grace (an undated one is dated now). */
export function isPastGrace(doc: Y.Doc, id: string, { now, graceMs }: ErasureGrace): boolean {
  const deletedAt = serverDeletionTime(doc, id);
  if (deletedAt === undefined) {
    deletionsMap(doc).set(id, now);
    return graceMs <= 0;
  }
  return pastGrace(deletedAt, { now, graceMs });
}

function pastGrace(deletedAt: number, { now, graceMs }: ErasureGrace): boolean {
  return now - deletedAt >= graceMs;
}

/**
 * When the next erasure is due, after one ran with `grace` (every delete dated in `deletions` past
 * the grace at `grace.now` is erased then): the earliest delete still within it, plus the grace.
 * Undefined when there is none. The server keeps it in storage, so that a room nobody opens
 * again is still loaded and erased in time.
 */
export function nextErasureDue(doc: Y.Doc, grace: ErasureGrace): number | undefined {
  if (!doc.share.has(DELETIONS_ROOT)) return undefined;
  let earliest: number | undefined;
  deletionsMap(doc).forEach((time) => {
    if (typeof time !== 'number' || !Number.isFinite(time) || pastGrace(time, grace)) return;
    if (earliest === undefined || time < earliest) earliest = time;
  });
  return earliest === undefined ? undefined : earliest + grace.graceMs;
}

/** Empties what one note said (its text, its sources' and original's copies, its image); true when it changed. */
export function eraseNote(note: NoteMap): boolean {
  let changed = false;
  const text = note.get('text');
  if (text instanceof Y.Text && text.length > 0) {
    text.delete(0, text.length);
    changed = true;
  }
  const sources = note.get('sources');
  if (sources instanceof Y.Map) {
    // Keys first: the map is written while it is read.
    for (const key of [...sources.keys()]) {
      const source: unknown = sources.get(key);
      if (hasText(source)) {
        sources.set(key, { ...source, text: '' });
        changed = true;
      }
    }
  }
  // A copy of the common table keeps what its original said when copied (groupCopy/): erased too.
  // Its image goes too: the server erases the image itself once no note refers to it (images/).
  if (note.has(NOTE_IMAGE_KEY)) {
    note.delete(NOTE_IMAGE_KEY);
    changed = true;
  }
  const copiedFrom: unknown = note.get('copiedFrom');
  if (hasText(copiedFrom)) {
    note.set('copiedFrom', { ...copiedFrom, text: '' });
    changed = true;
  }
  return changed;
}

function hasText(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const { text } = value as Record<string, unknown>;
  return typeof text === 'string' && text !== '';
}
