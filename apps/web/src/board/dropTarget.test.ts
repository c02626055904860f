import { describe, expect, it } from 'vitest';
import type { NotesByCell } from '../doc/useNotesByCell.ts';
import { dropTarget, notePlace } from './dropTarget.ts';
import { emptyBoard, testNote } from './testNotes.ts';

const note = testNote;

const a = note('aaaaaaaaaaaa', 'start:services', 'a');
const b = note('bbbbbbbbbbbb', 'start:services', 'b');
const c = note('cccccccccccc', 'start:services', 'c');
const x = note('xxxxxxxxxxxx', 'during:services', 'a');
const board = emptyBoard();
const notes: NotesByCell = new Map([...board, ['start:services', [a, b, c]], ['during:services', [x]]]);
const rect = (top: number) => ({ top, height: 40 });

describe('dropTarget', () => {
  it('takes the place of a note in its own cell (the list reorders)', () => {
    expect(dropTarget(notes, a.id, c.id, rect(100), rect(100))).toEqual({ cell: 'start:services', index: 2, total: 3 });
    expect(dropTarget(notes, c.id, a.id, rect(0), rect(0))).toEqual({ cell: 'start:services', index: 0, total: 3 });
  });

  it('goes before or after a note of another cell by which half it is over', () => {
    expect(dropTarget(notes, a.id, x.id, rect(90), rect(100))).toEqual({ cell: 'during:services', index: 0, total: 2 });
    expect(dropTarget(notes, a.id, x.id, rect(130), rect(100))).toEqual({
      cell: 'during:services',
      index: 1,
      total: 2,
    });
  });

  it('goes to the end of a cell dropped on directly, and nowhere when over itself', () => {
    expect(dropTarget(notes, x.id, 'start:services', null, null)).toEqual({
      cell: 'start:services',
      index: 3,
      total: 4,
    });
    expect(dropTarget(notes, a.id, 'start:services', null, null)).toEqual({
      cell: 'start:services',
      index: 2,
      total: 3,
    });
    expect(dropTarget(notes, a.id, a.id, null, null)).toBeNull();
    expect(dropTarget(notes, a.id, 'not-a-cell', null, null)).toBeNull();
  });

  it('finds a note and its place', () => {
    expect(notePlace(notes, b.id)).toEqual({ cell: 'start:services', index: 1, total: 3 });
  });
});
