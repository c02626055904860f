import type { NoteId, NoteView } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import { sameIds } from './sameIds.ts';

const note = (id: string) => ({ id: id as NoteId }) as NoteView;

describe('sameIds', () => {
  it('holds for the same notes in the same order', () => {
    expect(sameIds(['a', 'b'] as NoteId[], [note('a'), note('b')])).toBe(true);
    expect(sameIds([], [])).toBe(true);
  });

  it('fails on another order, a note more or less', () => {
    expect(sameIds(['a', 'b'] as NoteId[], [note('b'), note('a')])).toBe(false);
    expect(sameIds(['a'] as NoteId[], [note('a'), note('b')])).toBe(false);
    expect(sameIds(['a', 'b'] as NoteId[], [note('a')])).toBe(false);
  });
});
