import type { PhotoNote } from '@avaa/protocol';
import { describe, expect, it } from 'vitest';
import { newNotes, samePaperNote } from './repeatedNotes.ts';

const note = (key: string, x: number, y: number, more: Partial<PhotoNote> = {}): PhotoNote => ({
  key,
  cell: 'start:services',
  colour: 'yellow',
  text: '',
  confidence: 0,
  box: [],
  crop: 'a'.repeat(64) as PhotoNote['crop'],
  flags: [],
  place: { printout: 'poster A0 A4', x, y, side: 76 },
  ...more,
});

describe('notes on several photos of one wall', () => {
  it('are one paper note at one place of one printout and cell, a few mm apart', () => {
    expect(samePaperNote(note('p1:0', 100, 80), note('p2:3', 104, 77))).toBe(true);
  });

  it('are two notes half a note apart, in another cell, or on another printout', () => {
    expect(samePaperNote(note('p1:0', 100, 80), note('p2:3', 140, 80))).toBe(false);
    expect(samePaperNote(note('p1:0', 100, 80), note('p2:3', 100, 80, { cell: 'start:collaboration' }))).toBe(false);
    const other = { printout: 'template A3', x: 100, y: 80, side: 76 };
    expect(samePaperNote(note('p1:0', 100, 80), note('p2:3', 100, 80, { place: other }))).toBe(false);
  });

  it('are told apart without a place (an older server): every note is kept', () => {
    const { place: _, ...unplaced } = note('p2:3', 100, 80);
    expect(samePaperNote(note('p1:0', 100, 80), unplaced)).toBe(false);
  });

  it('keep the earlier photo’s note, count the repeats, and take a key once', () => {
    const earlier = [note('p1:0', 100, 80), note('p1:1', 200, 80)];
    const answer = [note('p1:0', 100, 80), note('p2:0', 102, 81), note('p2:1', 300, 80)];
    const { notes, repeated } = newNotes(earlier, answer);
    expect(notes.map((n) => n.key)).toEqual(['p2:1']);
    expect(repeated).toBe(1);
  });
});
