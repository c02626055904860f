import { describe, expect, it } from 'vitest';
import { renderProcessCards } from '../cards/processCards.ts';
import type { PrintableBoard } from '../printable.ts';
import { fonts } from '../testing/fonts.ts';
import { inkCoverage, pdfPages, pdfText, squash, writePdf } from '../testing/pdfTools.ts';
import { sampleBoard } from '../testing/sampleBoard.ts';
import { renderTable } from './renderTable.ts';

describe('edge cases', () => {
  it('prints an empty board as one page with its headers', () => {
    const path = writePdf(renderTable(sampleBoard({ notes: 0 }), { paper: 'A4' }, fonts), 'empty');
    expect(pdfPages(path)).toHaveLength(1);
    expect(pdfText(path)).toContain('Sivu 1/1');
    expect(inkCoverage(path, 1)).toBeGreaterThan(0.01);
  });

  it('prints a note of 500 characters whole, even in an A4 cell and on an A6 card', () => {
    const longest = `${'Monialainen yhteistyö — ’verkosto’ '.repeat(14)}loppu`.slice(0, 500);
    const board: PrintableBoard = {
      ...sampleBoard({ notes: 0 }),
      cells: {
        'ending:collaboration': [
          { id: 'a', text: longest, kind: 'gap', colour: 'pink', groups: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
          { id: 'b', text: 'x'.repeat(500), kind: 'note', colour: 'yellow', groups: [] },
        ],
      },
    };
    for (const pdf of [renderTable(board, { paper: 'A4' }, fonts), renderProcessCards(board, { card: 'A6' }, fonts)]) {
      const text = squash(pdfText(writePdf(pdf), 'raw'));
      expect(text).toContain(squash(longest));
      expect(text.replace(/ /g, '')).toContain('x'.repeat(500));
    }
  });
});
