import { describe, expect, it } from 'vitest';
import { readNote } from '../schema.ts';
import { addNote, seededBoard } from '../testing/board.ts';
import { setNoteColour } from './setNoteColour.ts';
import { setNoteKind } from './setNoteKind.ts';

describe('setNoteColour and setNoteKind', () => {
  it('sets colour and kind', () => {
    const doc = seededBoard();
    const id = addNote(doc, 'followup:services', 'Palautekysely');
    expect(setNoteColour(doc, id, 'green').ok).toBe(true);
    expect(setNoteKind(doc, id, 'idea').ok).toBe(true);
    expect(readNote(doc, id)).toMatchObject({ colour: 'green', kind: 'idea' });
  });

  it('refuses unknown values', () => {
    const doc = seededBoard();
    const id = addNote(doc, 'followup:services', 'Palautekysely');
    // @ts-expect-error: a foreign caller's colour
    expect(setNoteColour(doc, id, 'black')).toEqual({ ok: false, error: 'unknown-colour' });
    // @ts-expect-error: a foreign caller's kind
    expect(setNoteKind(doc, id, 'bug')).toEqual({ ok: false, error: 'unknown-kind' });
    expect(readNote(doc, id)).toMatchObject({ colour: 'yellow', kind: 'note' });
  });
});
