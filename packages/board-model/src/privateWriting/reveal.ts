import type { PersonId } from '@avaa/protocol';
import * as Y from 'yjs';
import { cryptoRandom, type NoteId, type RandomSource } from '../ids.ts';
import { cellEnds } from '../operations/position.ts';
import { ORIGINS } from '../origins.ts';
import { derivedId } from '../provenance.ts';
import { type NoteView, notesMap } from '../schema.ts';
import { CELL_IDS, type CellId } from '../template.ts';
import { normalizeNoteText, validateNoteText } from '../validation.ts';
import { unrevealedNotes } from './counts.ts';

/** One person's private document for the board being revealed, named by its room. */
export type PrivateBoard = { readonly room: string; readonly person: PersonId; readonly doc: Y.Doc };

export type RevealOptions = {
  /** No author on the revealed notes. */
  readonly anonymous: boolean;
  readonly random?: RandomSource;
};

export type RevealSummary = {
  /** Notes now on the board for the first time. */
  readonly added: number;
  /** Per private room, the notes the board now holds (new or from an earlier, interrupted reveal). */
  readonly revealed: ReadonlyMap<string, readonly NoteId[]>;
  /** Private notes whose text breaks the text rules: left where they are. */
  readonly invalid: number;
};

/** A revealed note's id on the board: derived from its room and private id, as a merged note's is. */
export function revealedNoteId(room: string, note: NoteId): NoteId {
  return derivedId(`${room}:${note}`) as NoteId;
}

type Add = { readonly id: NoteId; readonly note: NoteView; readonly text: string; readonly person: PersonId };

/**
 * Brings every person's unrevealed private notes onto the board at once, appended cell by cell
 * (persons by id, each in their own order), in one transaction (ORIGINS.revealPrivateNotes).
 * Idempotent like the group merge: a note's board id is derived from its room and id, and a note
 * already on the board (in any state: the board may have deleted it since) is not written again,
 * so a second reveal, or two at once, or one after a restart interrupted the first, adds nothing
 * twice. The author is the room's person (never what the private note claims), or nobody when
 * anonymous. Marking the notes revealed in the private documents is the caller's, once the board
 * is stored (`markRevealed`).
 */
export function revealPrivateNotes(
  board: Y.Doc,
  privates: readonly PrivateBoard[],
  options: RevealOptions,
): RevealSummary {
  const adds: Add[] = [];
  const revealed = new Map<string, NoteId[]>();
  let invalid = 0;
  for (const { room, person, doc } of [...privates].sort((a, b) => (a.person < b.person ? -1 : 1))) {
    const ids: NoteId[] = [];
    for (const note of unrevealedNotes(doc)) {
      const text = normalizeNoteText(note.text);
      if (!validateNoteText(text).ok) {
        invalid += 1;
        continue;
      }
      const id = revealedNoteId(room, note.id);
      ids.push(note.id);
      if (!notesMap(board).has(id)) adds.push({ id, note, text, person });
    }
    revealed.set(room, ids);
  }
  const cellOrder = (cell: CellId) => CELL_IDS.indexOf(cell);
  const ordered = [...adds].sort((a, b) => cellOrder(a.note.cell) - cellOrder(b.note.cell));
  if (ordered.length > 0) {
    board.transact(() => appendNotes(board, ordered, options), ORIGINS.revealPrivateNotes);
  }
  return { added: ordered.length, revealed, invalid };
}

function appendNotes(board: Y.Doc, adds: readonly Add[], options: RevealOptions): void {
  const random = options.random ?? cryptoRandom;
  const endOf = cellEnds(board, random);
  for (const { id, note, text, person } of adds) {
    const { cell } = note;
    const key = endOf(cell);
    const entry = new Y.Map<unknown>();
    entry.set('text', new Y.Text(text));
    entry.set('placement', { cell, key });
    entry.set('colour', note.colour);
    entry.set('kind', note.kind);
    // The note's own creation time: two reveals at once write the same note.
    entry.set('createdAt', note.createdAt);
    entry.set('deleted', false);
    if (!options.anonymous) entry.set('createdBy', person);
    notesMap(board).set(id, entry);
  }
}
