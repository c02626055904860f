import * as Y from 'yjs';
import { readAllNotes } from '../schema.ts';

/**
 * A peer holding updates it cannot integrate yet is mid-delivery: Yjs applies the deletes of an
 * update before its missing predecessors arrive, so a moved note can lack its placement until
 * then. Invariants are checked on complete peers only.
 */
export function isComplete(doc: Y.Doc): boolean {
  return doc.store.pendingStructs === null && doc.store.pendingDs === null;
}

/** What two converged peers must share: the state vector and every note as read. */
export function boardSnapshot(doc: Y.Doc) {
  return {
    stateVector: Array.from(Y.encodeStateVector(doc)),
    notes: readAllNotes(doc).sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}
