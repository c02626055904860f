import { notesByCell, notesMap } from '@avaa/board-model';
import { deriveReading, type Reading } from '@avaa/sync-client';
import type * as Y from 'yjs';
import { type NotesByCell, shareNotes } from './shareNotes.ts';

const readings = new WeakMap<Y.Doc, Reading<NotesByCell>>();

/**
 * The board's live notes by cell, read from the Y.Doc when someone looks after a change.
 * Snapshots share structure with the previous one (an unchanged cell keeps its array, an
 * unchanged note its object), so a memoised cell or note re-renders only when its own data
 * changed. One reading per document, watched for the document's life, so every reader shares one
 * observer and one `notesByCell` per change, and a reader arriving later never sees an old one.
 */
export function notesReading(doc: Y.Doc): Reading<NotesByCell> {
  const known = readings.get(doc);
  if (known) return known;
  const created = deriveReading<NotesByCell>({
    compute: () => notesByCell(doc),
    share: shareNotes,
    watch(changed) {
      const notes = notesMap(doc);
      notes.observeDeep(changed);
      return () => notes.unobserveDeep(changed);
    },
    watching: 'always',
  });
  readings.set(doc, created);
  return created;
}
