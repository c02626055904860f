import {
  closeRound,
  closeVote,
  createNote,
  type NoteId,
  openVote,
  seedBoard,
  seedWorkshop,
  writeTally,
} from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { printableFromDoc } from '../fromDoc.ts';
import { renderPrintable } from '../index.ts';
import { fonts } from '../testing/fonts.ts';
import { occurrences, pdfText, squash, writePdf } from '../testing/pdfTools.ts';
import { agreementsFromDoc, boardPrintOptions, latestRound } from './fromWorkshopDoc.ts';

function must<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function docs() {
  const workshop = new Y.Doc();
  seedWorkshop(workshop, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
  const plenary = new Y.Doc();
  seedBoard(plenary, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
  const note = (text: string) => must(createNote(plenary, 'start:services', { text }));
  return { workshop, plenary, voted: note('Äänestetty lappu'), other: note('Toinen lappu') };
}

function vote(plenary: Y.Doc, notes: readonly NoteId[]): string {
  const id = must(openVote(plenary, { dotsPerPerson: 3 }));
  // As the server publishes a vote's counts (who placed them is never in the document).
  const perNote: Record<string, number> = {};
  for (const note of notes) perNote[note] = (perNote[note] ?? 0) + 1;
  writeTally(plenary, id, { perNote, voters: 1, upTo: 1 });
  return id;
}

describe('what a board prints from the workshop', () => {
  it('takes the latest closed vote and the latest round, nothing before', () => {
    const { workshop, plenary, voted, other } = docs();
    expect(boardPrintOptions(workshop, plenary, '2026-11-24')).toEqual({ date: '2026-11-24', names: new Map() });
    const id = vote(plenary, [voted, voted, other]);
    // An open vote's counts are not final: not printed.
    expect(boardPrintOptions(workshop, plenary, '2026-11-24').votes).toBeUndefined();
    must(closeVote(plenary, id));
    must(closeRound(workshop, plenary, { name: 'Kierros 1', date: '2026-11-24' }, { now: () => 1 }));
    must(closeRound(workshop, plenary, { name: 'Kierros 2', date: '2026-12-01' }, { now: () => 2 }));
    const options = boardPrintOptions(workshop, plenary, '2026-12-01');
    expect(options.round).toBe('Kierros 2');
    expect([...(options.votes ?? [])]).toEqual([
      [voted, 2],
      [other, 1],
    ]);
    expect(latestRound(workshop)).toEqual({ name: 'Kierros 2', date: '2026-12-01' });
    expect(agreementsFromDoc(workshop, { date: '2026-12-01' })?.round?.name).toBe('Kierros 2');
  });

  it('prints the votes and the round on the table, the poster, the process cards and the note cards', () => {
    const { workshop, plenary, voted, other } = docs();
    must(closeVote(plenary, vote(plenary, [voted, voted, other])));
    must(closeRound(workshop, plenary, { name: 'Syyskierros', date: '2026-11-24' }));
    const board = printableFromDoc(plenary, boardPrintOptions(workshop, plenary, '2026-11-24'));
    if (!board) throw new Error('no board');
    for (const request of [
      { kind: 'table', paper: 'A4' },
      { kind: 'cards', card: 'A6' },
      { kind: 'notecards' },
      { kind: 'poster', poster: 'A1', sheet: 'A3' },
    ] as const) {
      const text = squash(pdfText(writePdf(renderPrintable(board, request, fonts), `votes-${request.kind}`), 'raw'));
      // A poster's overlap may show a note on two sheets.
      const once = request.kind === 'poster' ? expect.any(Number) : 1;
      expect(occurrences(text, '2 pistettä'), request.kind).toEqual(once);
      expect(occurrences(text, '2 pistettä'), request.kind).toBeGreaterThan(0);
      expect(occurrences(text, '1 piste'), request.kind).toBeGreaterThan(0);
      if (request.kind !== 'notecards') expect(text, request.kind).toContain('Syyskierros');
    }
  });
});
