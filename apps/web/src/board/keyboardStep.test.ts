import { describe, expect, it } from 'vitest';
import type { NotesByCell } from '../doc/useNotesByCell.ts';
import { keyboardStep, layoutOf, neighbour, type StepKey } from './keyboardStep.ts';
import { emptyBoard, testNote } from './testNotes.ts';

const note = testNote;

const a = note('aaaaaaaaaaaa', 'start:services', 'a');
const b = note('bbbbbbbbbbbb', 'start:services', 'b');
const x = note('xxxxxxxxxxxx', 'start:collaboration', 'a');
const board = emptyBoard();
const notes: NotesByCell = new Map([...board, ['start:services', [a, b]], ['start:collaboration', [x]]]);
const all = () => true;
const step = (from: string, key: StepKey, layout: 'grid' | 'column' = 'grid') =>
  keyboardStep(notes, a.id, from, key, layout, all);

describe('keyboardStep', () => {
  it('steps between the places in the note’s own cell first', () => {
    expect(step(a.id, 'ArrowDown')).toBe(b.id);
    expect(step(b.id, 'ArrowUp')).toBe(a.id);
  });

  it('goes on to the cell below (the next dimension) from the last place, entering at its top', () => {
    expect(step(b.id, 'ArrowDown')).toBe(x.id);
    expect(step(x.id, 'ArrowDown')).toBe('start:collaboration');
    expect(step('start:collaboration', 'ArrowDown')).toBe('start:participation');
  });

  it('goes to the cell above from the first place, entering at its end', () => {
    expect(step(x.id, 'ArrowUp')).toBe(b.id);
    expect(step(a.id, 'ArrowUp')).toBe(a.id);
  });

  it('goes to the next or previous phase of the same dimension, last in it', () => {
    expect(step(x.id, 'ArrowRight')).toBe('during:collaboration');
    expect(step('during:collaboration', 'ArrowLeft')).toBe('start:collaboration');
    expect(step('before:services', 'ArrowLeft')).toBe('before:services');
  });

  it('in one column, down is the next cell shown: the next phase, then the next dimension', () => {
    expect(step(b.id, 'ArrowDown', 'column')).toBe('during:services');
    expect(step('followup:services', 'ArrowDown', 'column')).toBe('before:collaboration');
    expect(step('start:collaboration', 'ArrowRight', 'column')).toBe('during:collaboration');
  });

  it('skips notes that are not drop targets now', () => {
    expect(keyboardStep(notes, a.id, b.id, 'ArrowDown', 'grid', (id) => id !== x.id)).toBe('start:collaboration');
  });
});

describe('neighbour (Ctrl+arrows from cell to cell)', () => {
  it('goes along the row and down the column on a grid, and stops at the table’s edge', () => {
    expect(neighbour('before:services', 'ArrowRight', 'grid')).toBe('start:services');
    expect(neighbour('followup:services', 'ArrowDown', 'grid')).toBe('followup:collaboration');
    expect(neighbour('followup:participation', 'ArrowDown', 'grid')).toBeNull();
    expect(neighbour('before:services', 'ArrowLeft', 'grid')).toBeNull();
  });

  it('goes to the next cell shown in one column (a phone)', () => {
    expect(neighbour('followup:services', 'ArrowDown', 'column')).toBe('before:collaboration');
  });
});

describe('layoutOf', () => {
  it('is one column when the first two phases stand one above the other', () => {
    expect(layoutOf(() => 8)).toBe('column');
    expect(layoutOf((cell) => (cell === 'before:services' ? 180 : 400))).toBe('grid');
    expect(layoutOf(() => undefined)).toBe('grid');
  });
});
