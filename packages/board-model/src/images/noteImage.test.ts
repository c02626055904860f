import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNote } from '../operations/createNote.ts';
import { deleteNote } from '../operations/deleteNote.ts';
import { eraseDeletedNotes } from '../operations/eraseDeletedNotes.ts';
import { readNote } from '../schema.ts';
import { asNoteImage, imagesToErase, recordStoredImage, referencedImages } from './noteImage.ts';
import { setNoteImage } from './setNoteImage.ts';

const A = 'a'.repeat(64) as never;
const B = 'b'.repeat(64) as never;
const DAY = 24 * 60 * 60 * 1000;

function board() {
  const doc = new Y.Doc();
  for (const id of [A, B]) recordStoredImage(doc, id, { type: 'image/jpeg', width: 4, height: 3, storedAt: 0 });
  const created = createNote(doc, 'start:services', { text: 'Lappu' });
  if (!created.ok) throw new Error(created.error);
  return { doc, note: created.value };
}

describe('a note image', () => {
  it('is only a stored image, with a known source and nothing beside', () => {
    const { doc, note } = board();
    expect(setNoteImage(doc, note, { id: 'c'.repeat(64) as never })).toEqual({ ok: false, error: 'unknown-image' });
    expect(setNoteImage(doc, note, { id: A, source: { kind: 'photo', at: 5 } })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(readNote(doc, note)?.image).toEqual({ id: A, source: { kind: 'photo', at: 5 } });
    expect(asNoteImage({ id: A, extra: 1 })).toBeUndefined();
    expect(asNoteImage({ id: A, source: { kind: 'scan', at: 5 } })).toBeUndefined();
    expect(setNoteImage(doc, note, undefined).ok).toBe(true);
    expect(readNote(doc, note)?.image).toBeUndefined();
  });

  it('goes with its note’s erasure; an image on no note is erased a grace period after it was stored', () => {
    const { doc, note } = board();
    setNoteImage(doc, note, { id: A });
    deleteNote(doc, note);
    expect([...referencedImages(doc)]).toEqual([A]);
    // B is on no note: erased once stored longer ago than the grace, not before.
    expect(imagesToErase(doc, new Set(), { now: DAY, graceMs: 7 * DAY })).toEqual([]);
    expect(imagesToErase(doc, new Set(), { now: 8 * DAY, graceMs: 7 * DAY })).toEqual([B]);
    expect(eraseDeletedNotes(doc)).toBe(1);
    expect([...referencedImages(doc)]).toEqual([]);
    expect(imagesToErase(doc, new Set([A]), { now: DAY, graceMs: 7 * DAY })).toEqual([A]);
  });
});
