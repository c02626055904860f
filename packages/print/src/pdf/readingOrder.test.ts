import { AGREEMENT_SECTIONS, CELL_IDS, cellId, DIMENSIONS, PHASES } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import { renderAgreements } from '../agreements/renderAgreements.ts';
import { renderBlankTemplate } from '../blank/renderBlank.ts';
import { renderNoteCards } from '../cards/noteCards.ts';
import { renderProcessCards } from '../cards/processCards.ts';
import { renderPoster } from '../poster/renderPoster.ts';
import type { PrintableBoard } from '../printable.ts';
import { renderTable } from '../table/renderTable.ts';
import { fonts } from '../testing/fonts.ts';
import { childrenOf, elements, type StructNode, structureTree, textEntries, textOf } from '../testing/pdfStructure.ts';
import { pdfPages, writePdf } from '../testing/pdfTools.ts';
import { sampleAgreements } from '../testing/sampleAgreements.ts';
import { sampleBoard } from '../testing/sampleBoard.ts';

/**
 * Text compared without spaces and hyphens: poppler joins a wrapped piece's lines without a
 * space, and a line broken by hyphenation keeps its hyphen.
 */
function plain(text: string): string {
  return text.replace(/[\s\-\u00ad]/g, '');
}

function noteTexts(node: StructNode): string[] {
  return elements(node)
    .filter((element) => element.role === 'LBody')
    .map((body) => plain(textOf(body)));
}

/**
 * The table's structure: title, details, then a table read phase by phase, cell by cell, note by
 * note. `read` is what of a text poppler gives back: on a poster, a piece printed over a sheet's
 * edge is read only up to the edge (the rest is off that page), so there only its start (a note's id) is compared.
 */
function expectTableOrder(tree: StructNode, board: PrintableBoard, read = (text: string) => plain(text)): void {
  const [title, details, table] = childrenOf(tree);
  expect(title?.role).toBe('H1');
  expect(textOf(title!)).toBe(board.title);
  expect(details?.role).toBe('P');
  expect(table?.role).toBe('Table');
  const [head, ...rows] = childrenOf(table!, 'TR');
  const headers = childrenOf(head!, 'TH');
  DIMENSIONS.forEach((dimension, i) => {
    expect(headers[i]!.attributes).toContain('/Scope /Column');
    expect(plain(textOf(headers[i]!))).toContain(read(`${dimension.name.fi} ${dimension.question.fi}`));
  });
  expect(rows).toHaveLength(PHASES.length);
  PHASES.forEach((phase, i) => {
    const [header, ...cells] = childrenOf(rows[i]!);
    expect(header!.role).toBe('TH');
    expect(header!.attributes).toContain('/Scope /Row');
    expect(plain(textOf(header!))).toContain(read(`${i + 1}. ${phase.name.fi}`));
    expect(cells.map((cell) => cell.role)).toEqual(DIMENSIONS.map(() => 'TD'));
    DIMENSIONS.forEach((dimension, j) => {
      const notes = board.cells[cellId(phase.id, dimension.id)] ?? [];
      expect(noteTexts(cells[j]!)).toEqual(notes.map((note) => expect.stringContaining(read(note.text))));
    });
  });
}

describe('the table reads phase, dimension, notes', () => {
  it('on A4 over several pages: each note and header once, in order', () => {
    const board = sampleBoard({ notes: 60 });
    const path = writePdf(renderTable(board, { paper: 'A4' }, fonts), 'order-table');
    expect(pdfPages(path).length).toBeGreaterThan(1);
    const tree = structureTree(path);
    expectTableOrder(tree, board);
    // A later page's title, headers, footer and "continues" line are artifacts, not read twice.
    const text = textOf(tree);
    expect(text).not.toContain('Sivu');
    expect(text).not.toContain('jatkuu');
  });

  it('on A3', () => {
    const board = sampleBoard({ notes: 30, seed: 7 });
    expectTableOrder(structureTree(writePdf(renderTable(board, { paper: 'A3' }, fonts))), board);
  });

  it('on a poster: a note drawn on two sheets is read once', () => {
    const board = sampleBoard({ notes: 60, seed: 2 });
    const path = writePdf(renderPoster(board, { poster: 'A1', sheet: 'A4' }, fonts), 'order-poster');
    const tree = structureTree(path);
    expectTableOrder(tree, board, (text) => plain(text).slice(0, 4));
    expect(textOf(tree)).not.toContain('rivi 1, sarake 1');
  });
});

describe('the blank template', () => {
  it('reads each cell as its question and its phase prompt, and names the QR code', () => {
    const pdf = renderBlankTemplate({ language: 'fi', paper: 'A3', url: 'https://avaa.example/t/9' }, fonts);
    const path = writePdf(pdf);
    const tree = structureTree(path);
    const rows = childrenOf(childrenOf(tree, 'Table')[0]!, 'TR').slice(1);
    PHASES.forEach((phase, i) => {
      const cells = childrenOf(rows[i]!, 'TD');
      DIMENSIONS.forEach((dimension, j) => {
        expect(childrenOf(cells[j]!, 'P').map((p) => plain(textOf(p)))).toEqual([
          plain(dimension.question.fi),
          plain(phase.prompt.fi),
        ]);
      });
    });
    expect(childrenOf(tree, 'Figure')).toHaveLength(1);
    expect(textEntries(pdf, 'Alt')).toEqual(['Avaa taulu puhelimella: https://avaa.example/t/9']);
  });
});

describe('the cards', () => {
  it('read each phase as a section: heading, prompt, each dimension as a heading with its notes', () => {
    const board = sampleBoard({ notes: 40, cell: 'start:services' });
    const path = writePdf(renderProcessCards(board, { card: 'A6' }, fonts), 'order-cards');
    const sections = childrenOf(structureTree(path), 'Sect');
    expect(sections).toHaveLength(PHASES.length);
    PHASES.forEach((phase, i) => {
      const section = sections[i]!;
      expect(childrenOf(section, 'H1').map(textOf)).toEqual([`${i + 1}. ${phase.name.fi}`]);
      expect(childrenOf(section, 'H2').map(textOf)).toEqual(DIMENSIONS.map((d) => d.name.fi));
      const notes = DIMENSIONS.flatMap((d) => board.cells[cellId(phase.id, d.id)] ?? []);
      expect(noteTexts(section)).toEqual(notes.map((note) => expect.stringContaining(plain(note.text))));
    });
    // The phase continued on further cards is one section: "(jatkuu)" is not read.
    expect(textOf(structureTree(path))).not.toContain('jatkuu');
  });

  it('read one note card as a section: the cell as heading, then the note', () => {
    const board = sampleBoard({ notes: 12, seed: 5 });
    const path = writePdf(renderNoteCards(board, fonts), 'order-notecards');
    const sections = childrenOf(structureTree(path), 'Sect');
    const notes = DIMENSIONS.flatMap((d) => PHASES.flatMap((p) => board.cells[cellId(p.id, d.id)] ?? []));
    expect(sections).toHaveLength(notes.length);
    notes.forEach((note, i) => {
      expect(childrenOf(sections[i]!)[0]!.role).toBe('H1');
      expect(plain(textOf(sections[i]!))).toContain(plain(note.text));
    });
  });
});

describe('the agreements memo', () => {
  it('reads title, then each section: heading, question, items numbered with their text', () => {
    const memo = sampleAgreements(40);
    const path = writePdf(renderAgreements(memo, fonts), 'order-memo');
    expect(pdfPages(path).length).toBeGreaterThan(1);
    const tree = structureTree(path);
    expect(textOf(childrenOf(tree, 'H1')[0]!)).toBe(memo.title);
    const sections = childrenOf(tree, 'Sect');
    expect(sections).toHaveLength(AGREEMENT_SECTIONS.length);
    AGREEMENT_SECTIONS.forEach((section, i) => {
      const [heading, question] = childrenOf(sections[i]!);
      expect(heading!.role).toBe('H2');
      expect(plain(textOf(heading!))).toBe(plain(`${i + 1}. ${section.title.fi}`));
      expect(plain(textOf(question!))).toBe(plain(section.question.fi));
      const items = memo.items.filter((item) => item.section === section.id);
      const entries = elements(sections[i]!).filter((element) => element.role === 'LI');
      expect(entries.map((entry) => textOf(childrenOf(entry, 'Lbl')[0]!))).toEqual(
        items.map((_, j) => `${i + 1}.${j + 1}`),
      );
      entries.forEach((entry, j) => {
        expect(plain(textOf(childrenOf(entry, 'LBody')[0]!))).toContain(plain(items[j]!.text));
      });
    });
    // The running head and the page numbers are page furniture.
    expect(textOf(tree)).not.toContain('Sivu');
  });
});

describe('what a reader reads out is the text as written', () => {
  it('not the wrapped, hyphenated or shortened lines (/ActualText)', () => {
    const board = { ...sampleBoard({ notes: 60 }), title: `Ohjaamo Sápmi – ${'kehittämispäivä '.repeat(12).trim()}` };
    const table = textEntries(renderTable(board, { paper: 'A4' }, fonts), 'ActualText');
    expect(table).toContain(board.title);
    for (const dimension of DIMENSIONS) expect(table).toContain(`${dimension.name.fi}\n${dimension.question.fi}`);
    for (const note of CELL_IDS.flatMap((cell) => board.cells[cell] ?? [])) {
      expect(
        table.filter((text) => text === note.text || text.endsWith(`\n${note.text}`)),
        note.id,
      ).toHaveLength(1);
    }
    const memo = sampleAgreements(6);
    const read = textEntries(renderAgreements(memo, fonts), 'ActualText');
    for (const item of memo.items)
      expect(
        read.some((text) => text.startsWith(`${item.text}\n`)),
        item.id,
      ).toBe(true);
  });
});
