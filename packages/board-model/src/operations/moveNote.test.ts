import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardViolations } from '../invariants.ts';
import { notesByCell, notesInCell, notesMap, readNote } from '../schema.ts';
import type { CellId } from '../template.ts';
import { addNote, exchange, seededBoard } from '../testing/board.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { moveNote } from './moveNote.ts';

const texts = (doc: Y.Doc, cell: CellId) => notesInCell(doc, cell).map((note) => note.text);

describe('moveNote', () => {
  it('reorders inside a cell', () => {
    const doc = seededBoard();
    const [a, , c] = ['A', 'B', 'C'].map((text, i) => addNote(doc, 'start:services', text, i + 1));
    moveNote(doc, c!, 'start:services', 0);
    expect(texts(doc, 'start:services')).toEqual(['C', 'A', 'B']);
    moveNote(doc, a!, 'start:services', 'end');
    expect(texts(doc, 'start:services')).toEqual(['C', 'B', 'A']);
    moveNote(doc, a!, 'start:services', 1);
    expect(texts(doc, 'start:services')).toEqual(['C', 'A', 'B']);
  });

  it('moves across cells to a position', () => {
    const doc = seededBoard();
    const a = addNote(doc, 'start:services', 'A', 1);
    addNote(doc, 'ending:participation', 'X', 2);
    addNote(doc, 'ending:participation', 'Y', 3);
    moveNote(doc, a, 'ending:participation', 1);
    expect(texts(doc, 'start:services')).toEqual([]);
    expect(texts(doc, 'ending:participation')).toEqual(['X', 'A', 'Y']);
    expect(readNote(doc, a)?.cell).toBe('ending:participation');
  });

  it('leaves a note in exactly one cell when two people move it at once', () => {
    const a = seededBoard();
    const id = addNote(a, 'start:services', 'Shared note');
    const b = new Y.Doc();
    exchange(a, b);
    moveNote(a, id, 'during:services', 'end');
    moveNote(b, id, 'followup:participation', 'end');
    exchange(a, b);
    const placed = [...notesByCell(a).entries()].filter(([, notes]) => notes.some((n) => n.id === id));
    expect(placed).toHaveLength(1);
    expect(readNote(a, id)).toEqual(readNote(b, id));
  });

  it('re-keys a cell when neighbours share a key, keeping a strict order', () => {
    const doc = seededBoard();
    const ids = ['A', 'B', 'C'].map((text, i) => addNote(doc, 'start:services', text, i + 1));
    // Two concurrent inserts without a random tail can end up with the same key.
    for (const id of ids.slice(0, 2)) notesMap(doc).get(id)?.set('placement', { cell: 'start:services', key: 'V' });
    moveNote(doc, ids[2]!, 'start:services', 1, { random: seededRandom(3) });
    expect(notesInCell(doc, 'start:services')).toHaveLength(3);
    expect(notesInCell(doc, 'start:services')[1]?.text).toBe('C');
    expect(boardViolations(doc)).toEqual([]);
  });

  it('refuses unknown cells and notes', () => {
    const doc = seededBoard();
    const id = addNote(doc, 'start:services', 'A');
    expect(moveNote(doc, id, 'middle:services' as CellId, 0)).toEqual({ ok: false, error: 'unknown-cell' });
    expect(moveNote(doc, 'aaaaaaaaaaaa' as typeof id, 'start:services', 0)).toEqual({
      ok: false,
      error: 'unknown-note',
    });
    expect(readNote(doc, id)?.cell).toBe('start:services');
  });
});
