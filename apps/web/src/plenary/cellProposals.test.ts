import { CELL_IDS, type CellId, createNote, notesByCell, proposeCellStacks } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cellProposals, type ProposalCache, refreshCell, staleCell } from './cellProposals.ts';

const CELL = CELL_IDS[0] as CellId;
const OTHER = CELL_IDS[1] as CellId;

function board(): Y.Doc {
  const doc = new Y.Doc();
  for (const text of ['Ajanvaraus verkossa', 'Ajanvaraus verkossa helposti', 'Chat-palvelu iltaisin']) {
    createNote(doc, CELL, { text });
  }
  createNote(doc, OTHER, { text: 'Neuvonta puhelimessa' });
  return doc;
}

describe('cellProposals', () => {
  it('proposes what proposeCellStacks proposes, cell by cell', () => {
    const doc = board();
    const proposals = cellProposals(notesByCell(doc), new Map());
    const expected = CELL_IDS.flatMap((cell) => proposeCellStacks(doc, cell).map((one) => [cell, one.noteIds]));
    expect(proposals.map((one) => [one.cell, one.noteIds])).toEqual(expected);
    expect(proposals.length).toBeGreaterThan(0);
  });

  it('reuses a cell whose notes array is unchanged', () => {
    const doc = board();
    const cache: ProposalCache = new Map();
    const notes = notesByCell(doc);
    const first = cellProposals(notes, cache);
    const cached = cache.get(CELL)?.proposals;
    // Same arrays: nothing is reckoned again, the very same proposal objects come back.
    const again = cellProposals(new Map(notes), cache);
    expect(again).toEqual(first);
    expect(cache.get(CELL)?.proposals).toBe(cached);
    expect(again[0]).toBe(first[0]);
  });

  it('refreshes one stale cell at a time until none is stale', () => {
    const doc = board();
    const cache: ProposalCache = new Map();
    const notes = notesByCell(doc);
    const first = staleCell(notes, cache);
    expect(first).toBe(CELL_IDS[0]);
    if (first === undefined) return;
    refreshCell(notes, cache, first);
    expect(staleCell(notes, cache)).toBe(CELL_IDS[1]);
    for (let cell = staleCell(notes, cache); cell !== undefined; cell = staleCell(notes, cache)) {
      refreshCell(notes, cache, cell);
    }
    expect(cellProposals(notes, cache)).toEqual(cellProposals(notes, new Map()));
  });
});
