import type { NoteId } from '@avaa/board-model';
import { type Peer, readPeers } from '@avaa/sync-client';
import type { Awareness } from 'y-protocols/awareness';

export type EditorsByNote = ReadonlyMap<NoteId, readonly Peer[]>;

/**
 * Who else is editing which note, subscribed to per note: when someone starts or stops typing
 * in a note, only that note's card re-renders, not the whole board (10 people typing change
 * presence several times a second).
 */
export type EditorsStore = {
  subscribe(listener: () => void): () => void;
  /** The peers editing `note`; the same array while they stay the same. */
  editorsOf(note: NoteId): readonly Peer[] | undefined;
};

const NO_EDITORS: EditorsByNote = new Map();

/** A store that never changes: boards without presence (and tests). */
export const EMPTY_EDITORS: EditorsStore = { subscribe: () => () => {}, editorsOf: () => undefined };

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

/** Reads the room's awareness on every change; listeners hear only when someone's note changed. */
export function createEditorsStore(awareness: Awareness): EditorsStore {
  let current: EditorsByNote = NO_EDITORS;
  const listeners = new Set<() => void>();
  const read = () => {
    const next = shareEditors(current, editorsByNote(readPeers(awareness)));
    if (next === current) return false;
    current = next;
    return true;
  };
  const onChange = () => {
    if (read()) for (const listener of listeners) listener();
  };
  return {
    subscribe(listener) {
      if (listeners.size === 0) {
        awareness.on('change', onChange);
        read();
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) awareness.off('change', onChange);
      };
    },
    editorsOf(note) {
      // Between subscriptions nobody keeps `current` fresh: read now.
      if (listeners.size === 0) read();
      return current.get(note);
    },
  };
}
