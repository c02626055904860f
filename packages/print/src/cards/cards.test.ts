import { CELL_IDS, PHASES } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import { landscape, portrait } from '../paper.ts';
import { fonts } from '../testing/fonts.ts';
import { inkCoverage, occurrences, pdfPages, pdfText, points, squash, writePdf } from '../testing/pdfTools.ts';
import { sampleBoard } from '../testing/sampleBoard.ts';
import { NOTE_CARD_GRID, renderNoteCards } from './noteCards.ts';
import { processCardGrid, renderProcessCards } from './processCards.ts';
import { cardsPerSheet } from './sheetGrid.ts';

describe('process cards', () => {
  const board = sampleBoard({ notes: 20, seed: 3 });

  it('puts four A6 cards on a portrait A4, one per phase', () => {
    expect(cardsPerSheet(processCardGrid('A6'))).toBe(4);
    const path = writePdf(renderProcessCards(board, { card: 'A6' }, fonts), 'cards-a6');
    const pages = pdfPages(path);
    expect(pages).toHaveLength(2);
    expect(pages[0]!.width).toBeCloseTo(points(portrait('A4').width), 1);
    const text = squash(pdfText(path, 'raw'));
    expect(occurrences(text, 'Asiakasprosessikortti')).toBe(5);
    PHASES.forEach((phase, i) => {
      expect(text).toContain(`${i + 1}. ${phase.name.fi}`);
    });
    for (const note of CELL_IDS.flatMap((cell) => board.cells[cell] ?? [])) {
      expect(occurrences(text, squash(note.text)), note.id).toBe(1);
    }
    expect(inkCoverage(path, 1)).toBeGreaterThan(0.02);
  });

  it('puts two A5 cards on a landscape A4', () => {
    expect(cardsPerSheet(processCardGrid('A5'))).toBe(2);
    const path = writePdf(renderProcessCards(board, { card: 'A5' }, fonts), 'cards-a5');
    const pages = pdfPages(path);
    expect(pages).toHaveLength(3);
    expect(pages[0]!.width).toBeCloseTo(points(landscape('A4').width), 1);
  });

  it('continues a full phase on a further card without losing a note', () => {
    const crowded = sampleBoard({ notes: 40, cell: 'start:services' });
    const path = writePdf(renderProcessCards(crowded, { card: 'A6' }, fonts));
    const text = squash(pdfText(path, 'raw'));
    expect(text).toContain('2. Alkuvaihe (jatkuu)');
    for (const note of crowded.cells['start:services'] ?? []) {
      expect(occurrences(text, squash(note.text)), note.id).toBe(1);
    }
  });
});

describe('note cards', () => {
  it('prints one note per card, eight cards to an A4', () => {
    const board = sampleBoard({ notes: 20, seed: 5 });
    expect(cardsPerSheet(NOTE_CARD_GRID)).toBe(8);
    const path = writePdf(renderNoteCards(board, fonts), 'notecards');
    expect(pdfPages(path)).toHaveLength(3);
    const text = squash(pdfText(path, 'raw'));
    for (const note of CELL_IDS.flatMap((cell) => board.cells[cell] ?? [])) {
      expect(occurrences(text, squash(note.text)), note.id).toBe(1);
    }
  });
});
