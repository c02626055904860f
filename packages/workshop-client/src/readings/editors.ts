import type { NoteId } from '@avaa/board-model';
import { createStore, type Peer, type Reading } from '@avaa/sync-client';
import type { Awareness } from 'y-protocols/awareness';
import { fromPeers } from './peers.ts';

export type EditorsByNote = ReadonlyMap<NoteId, readonly Peer[]>;

const NO_EDITORS: EditorsByNote = new Map();

/** A reading that never changes: boards without presence (and tests). */
export const NO_EDITORS_READING: Reading<EditorsByNote> = createStore(NO_EDITORS);

/** Who is editing which note, in the peers' order. */
export function editorsByNote(peers: readonly Peer[]): Map<NoteId, Peer[]> {
  const byNote = new Map<NoteId, Peer[]>();
  for (const peer of peers) {
    if (!peer.editing) continue;
    const list = byNote.get(peer.editing) ?? [];
    list.push(peer);
    byNote.set(peer.editing, list);
  }
  return byNote;
}

/**
 * `next`, keeping `previous`'s array for every note whose editors look the same, so
 * subscribers compare by identity; `previous` itself when nothing changed.
 */
export function shareEditors(previous: EditorsByNote, next: ReadonlyMap<NoteId, readonly Peer[]>): EditorsByNote {
  let changed = previous.size !== next.size;
  const result = new Map<NoteId, readonly Peer[]>();
  for (const [note, peers] of next) {
    const old = previous.get(note);
    const same = old !== undefined && JSON.stringify(old) === JSON.stringify(peers);
    if (!same) changed = true;
    result.set(note, same ? old : peers);
  }
  return changed ? result : previous;
}

/**
 * Who else is editing which note, from the room's awareness. Listeners hear only when someone
 * started or stopped editing a note (10 people typing change presence several times a second),
 * and each note's array stays the same while its editors do, so only that note's card re-renders.
 */
export function editorsReading(awareness: Awareness): Reading<EditorsByNote> {
  return fromPeers<EditorsByNote>(awareness, editorsByNote, shareEditors);
}
