import { CELL_IDS, DIMENSIONS, PHASES } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import { landscape, TABLE_PAPERS } from '../paper.ts';
import type { PrintableBoard } from '../printable.ts';
import { fonts } from '../testing/fonts.ts';
import { inkCoverage, occurrences, pdfPages, pdfText, points, squash, writePdf } from '../testing/pdfTools.ts';
import { sampleBoard } from '../testing/sampleBoard.ts';
import { renderTable } from './renderTable.ts';

/** Every note's id, as printed at the start of its text by `sampleBoard`. */
function noteIds(board: PrintableBoard): string[] {
  return CELL_IDS.flatMap((cell) => (board.cells[cell] ?? []).map((note) => note.text.split(' ')[0]!));
}

function allNotes(board: PrintableBoard) {
  return CELL_IDS.flatMap((cell) => board.cells[cell] ?? []);
}

describe('the table over several pages', () => {
  const board = sampleBoard({ notes: 300 });
  const path = writePdf(renderTable(board, { paper: 'A4' }, fonts), 'table-300');
  const pages = pdfPages(path);

  it('continues over A4 landscape pages', () => {
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page.width).toBeCloseTo(points(297), 1);
      expect(page.height).toBeCloseTo(points(210), 1);
    }
  });

  it('prints every note exactly once, each whole on one page', () => {
    const perPage = pages.map((_, i) => squash(pdfText(path, 'raw', i + 1)));
    for (const note of allNotes(board)) {
      const id = note.text.split(' ')[0]!;
      const on = perPage.filter((text) => occurrences(text, `${id} `) > 0);
      expect(on, id).toHaveLength(1);
      expect(occurrences(on[0]!, `${id} `), id).toBe(1);
      expect(on[0], id).toContain(squash(note.text));
    }
  });

  it('repeats the title, the headers and the page number on every page', () => {
    pages.forEach((_, i) => {
      const text = squash(pdfText(path, 'layout', i + 1));
      expect(text).toContain(board.title);
      for (const phase of PHASES) expect(text).toContain(phase.name.fi);
      expect(text).toContain(`Sivu ${i + 1}/${pages.length}`);
      expect(text).toContain('24.11.2026');
      expect(text).toContain('Kierros 1');
    });
    const first = squash(pdfText(path, 'raw', 1));
    for (const dimension of DIMENSIONS) expect(first).toContain(dimension.name.fi);
  });

  it('keeps each cell in board order', () => {
    const text = squash(pdfText(path, 'raw'));
    for (const cell of CELL_IDS) {
      const ids = (board.cells[cell] ?? []).map((note) => note.text.split(' ')[0]!);
      const positions = ids.map((id) => text.indexOf(`${id} `));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it('draws something on the page (rendered to an image)', () => {
    expect(inkCoverage(path, 1)).toBeGreaterThan(0.05);
    expect(inkCoverage(path, pages.length)).toBeGreaterThan(0.01);
  });
});

describe('the table on each paper', () => {
  const board = sampleBoard({ notes: 30, seed: 7 });
  it.each(TABLE_PAPERS)('%s is landscape at its exact size with every note once', (paper) => {
    const path = writePdf(renderTable(board, { paper }, fonts), `table-${paper}`);
    const size = landscape(paper);
    for (const page of pdfPages(path)) {
      expect(page.width).toBeCloseTo(points(size.width), 1);
      expect(page.height).toBeCloseTo(points(size.height), 1);
    }
    const text = pdfText(path, 'raw');
    for (const id of noteIds(board)) expect(occurrences(text, `${id} `), id).toBe(1);
  });

  it('fits a small table on one page', () => {
    const path = writePdf(renderTable(sampleBoard({ notes: 15 }), { paper: 'A3' }, fonts));
    expect(pdfPages(path)).toHaveLength(1);
    expect(pdfText(path)).toContain('Sivu 1/1');
  });

  it('continues a single crowded cell without cutting a note', () => {
    const crowded = sampleBoard({ notes: 60, cell: 'during:participation' });
    const path = writePdf(renderTable(crowded, { paper: 'A4' }, fonts));
    const count = pdfPages(path).length;
    expect(count).toBeGreaterThan(1);
    expect(squash(pdfText(path, 'raw', 1))).toContain('jatkuu seuraavalla sivulla');
    const perPage = Array.from({ length: count }, (_, i) => squash(pdfText(path, 'raw', i + 1)));
    for (const note of allNotes(crowded)) {
      expect(perPage.filter((text) => text.includes(squash(note.text)))).toHaveLength(1);
    }
  });
});

describe('text and labels', () => {
  const samples = [
    'Sámegiella: đ ŋ ŧ š ž č á Á Č Đ Ŋ Š Ŧ Ž',
    'Ääkköset: äöå ÄÖÅ – en dash — em dash',
    'Citat: ”svenska” “English” ‘single’ „alas” »guillemets«',
    'Lång väg… 3–5 personer; Åbo, Närpes; ŋ-testi',
  ];
  const board: PrintableBoard = {
    ...sampleBoard({ notes: 0, language: 'sv' }),
    boardLabel: 'Grupp 2',
    cells: {
      'before:services': samples.map((text, i) => ({
        id: `t${i}`,
        text,
        kind: (['note', 'gap', 'idea', 'note'] as const)[i]!,
        colour: 'blue' as const,
        groups: i === 3 ? [2, 12] : [],
        ...(i === 1 ? { votes: 4 } : {}),
      })),
    },
  };
  const path = writePdf(renderTable(board, { paper: 'A3' }, fonts), 'text');

  it('brings Finnish, Swedish and Sámi text, dashes and quotes back exactly', () => {
    const text = squash(pdfText(path, 'raw'));
    for (const sample of samples) expect(text).toContain(squash(sample));
  });

  it('names kinds, groups and votes in words, in the board language', () => {
    const text = pdfText(path);
    expect(text).toContain('BRIST');
    expect(text).toContain('IDÉ');
    expect(text).toContain('G2 G12');
    expect(text).toContain('4 prickar');
    expect(text).toContain('Sida 1/1');
    expect(text).toContain('Grupp 2');
    const raw = squash(pdfText(path, 'raw'));
    for (const phase of PHASES) expect(raw).toContain(phase.name.sv);
  });
});
