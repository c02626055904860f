// @vitest-environment jsdom
// jsdom's DOMParser is a strict XML parser (saxes): a malformed document gives a <parsererror>.
import { CELL_IDS, type CellId, DIMENSION_IDS, type Language, PHASE_IDS, PHASES, parseCellId } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import { labelsFor } from '../labels.ts';
import { landscape } from '../paper.ts';
import { createDocument } from '../pdf/document.ts';
import type { PrintableBoard, PrintableNote } from '../printable.ts';
import { cellRect } from '../table/geometry.ts';
import { layoutTable } from '../table/renderTable.ts';
import { fonts } from '../testing/fonts.ts';
import { sampleBoard } from '../testing/sampleBoard.ts';
import { boardWithPaths } from '../testing/samplePaths.ts';
import { IMAGE_WIDTH, MAX_PIXELS, renderTableSvg } from './tableImage.ts';

/** What the tests read of the parsed DOM (the print package is typed without the DOM's library). */
type XmlElement = {
  readonly localName: string;
  readonly namespaceURI: string | null;
  readonly textContent: string | null;
  readonly attributes: Iterable<{ readonly name: string }>;
  getAttribute(name: string): string | null;
};
type XmlDocument = {
  readonly documentElement: XmlElement;
  getElementsByTagName(name: string): ArrayLike<XmlElement> & Iterable<XmlElement>;
};
const { DOMParser } = globalThis as unknown as {
  DOMParser: new () => { parseFromString(text: string, type: string): XmlDocument };
};

function parse(svg: string): XmlDocument {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
  return parsed;
}

/** The text of every line, joined: wrapped and hyphenated lines read back without spaces or break hyphens. */
function squashed(doc: XmlDocument): string {
  return [...doc.getElementsByTagName('text')]
    .map((t) => t.textContent ?? '')
    .join('')
    .replace(/[\s\-\u00AD]/g, '');
}

const squash = (text: string) => text.replace(/[\s\-\u00AD]/g, '');

function boardOf(notes: Partial<Record<CellId, PrintableNote[]>>, language: Language = 'fi'): PrintableBoard {
  return {
    title: 'Ohjaamo Åbo',
    language,
    date: '2026-11-24',
    boardLabel: labelsFor(language).commonTable,
    cells: notes,
  };
}

function note(id: string, text: string, kind: PrintableNote['kind'] = 'note'): PrintableNote {
  return { id, text, kind, colour: 'yellow', groups: [] };
}

const HOSTILE = [
  '<script>alert("x")</script>',
  ']]> <![CDATA[ x ]]>',
  `"quoted" 'single' & ampersand &amp; &#x3C;`,
  '</text></svg><svg onload="alert(1)">',
  'Emoji 👩🏽‍🚀 🎉 ja ääkköset',
  'עברית: שירות ייעוץ לצעירים',
  'العربية: خدمة الإرشاد للشباب',
  `Pitkä lappu: ${'Matalan kynnyksen päivystys ilman ajanvarausta. '.repeat(10).slice(0, 500)}`,
];

describe('hostile note text', () => {
  const cells = Object.fromEntries(HOSTILE.map((text, i) => [CELL_IDS[i]!, [note(`n${i}`, text)]]));
  const withControls = { ...cells, [CELL_IDS[14]!]: [note('c', 'Ohjaus\u0000\u0007\u001B\uFFFE\uD800 loppu')] };
  const image = renderTableSvg(boardOf(withControls), {}, fonts);
  const doc = parse(image.svg);

  it('comes out as well-formed SVG with only the elements the renderer writes', () => {
    const names = new Set([...doc.getElementsByTagName('*')].map((e) => e.localName));
    expect([...names].sort()).toEqual(['g', 'rect', 'svg', 'text', 'title']);
    for (const element of doc.getElementsByTagName('*')) {
      for (const attribute of element.attributes) expect(attribute.name).not.toMatch(/^on/i);
    }
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
  });

  it('keeps every text whole as text, the characters XML cannot carry dropped', () => {
    const all = squashed(doc);
    for (const text of HOSTILE) expect(all).toContain(squash(text));
    expect(all).toContain('Ohjausloppu');
  });
});

describe('every cell', () => {
  const cells = Object.fromEntries(CELL_IDS.map((cell, i) => [cell, [note(cell, `Lappu ${i}`)]]));
  const board = boardOf(cells);
  const image = renderTableSvg(board, {}, fonts);
  const doc = parse(image.svg);
  const plan = layoutTable(createDocument(fonts, landscape('A4'), 't', 'fi'), board, image.paper);

  it('draws each note once, inside its own cell', () => {
    const lines = [...doc.getElementsByTagName('text')];
    for (const [i, cell] of CELL_IDS.entries()) {
      const drawn = lines.filter((t) => t.textContent === `Lappu ${i}`);
      expect(drawn, cell).toHaveLength(1);
      const { phase, dimension } = parseCellId(cell);
      const r = cellRect(plan.geometry, PHASE_IDS.indexOf(phase), DIMENSION_IDS.indexOf(dimension));
      const x = Number(drawn[0]!.getAttribute('x'));
      const y = Number(drawn[0]!.getAttribute('y'));
      expect(x > r.x && x < r.x + r.width && y > r.y && y < r.y + r.height, cell).toBe(true);
    }
  });

  it('is a slide-wide A4 table of one page', () => {
    expect(image).toMatchObject({ paper: 'A4', pages: 1, width: IMAGE_WIDTH });
    expect(doc.documentElement.getAttribute('width')).toBe(String(IMAGE_WIDTH));
    expect(doc.documentElement.getAttribute('viewBox')).toBe('0 0 297 210');
  });
});

describe.each(['fi', 'sv', 'en'] as const)('in %s', (language) => {
  const doc = parse(renderTableSvg(sampleBoard({ notes: 20, language }), {}, fonts).svg);

  it('names its language and its title, with the headers in that language', () => {
    expect(doc.documentElement.getAttribute('lang')).toBe(language);
    expect(doc.documentElement.getAttribute('xml:lang')).toBe(language);
    const title = doc.getElementsByTagName('title')[0]!;
    expect(title.textContent).toBe(`Ohjaamo Sápmi – kehittämispäivä – ${labelsFor(language).table}`);
    expect(doc.documentElement.getAttribute('aria-labelledby')).toBe(title.getAttribute('id'));
    for (const phase of PHASES) expect(squashed(doc)).toContain(squash(phase.name[language]));
    expect(doc.documentElement.getAttribute('font-family')).toContain('DejaVu Sans');
  });
});

describe('with the service paths', () => {
  const board = boardWithPaths('sv').printable();

  it('marks the paths on their notes and lists them below the table', () => {
    const doc = parse(renderTableSvg(board, { paths: true }, fonts).svg);
    const lines = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    for (const path of board.paths ?? []) {
      for (const step of path.steps.filter((s) => s.noteId !== null)) {
        expect(lines).toContain(`▸${path.label}${step.number}`);
      }
      expect(squashed(doc)).toContain(squash(`Stig ${path.label}: ${path.name}`));
    }
    expect(squashed(doc)).toContain(squash('Märket B3 på en lapp: stig B, steg 3.'));
  });

  it('leaves them out unless asked', () => {
    const lines = [...parse(renderTableSvg(board, {}, fonts).svg).getElementsByTagName('text')];
    expect(lines.map((t) => t.textContent).filter((t) => t?.startsWith('▸'))).toEqual([]);
  });
});

describe('a full board of 450 notes', () => {
  const board = sampleBoard({ notes: 450 });
  const image = renderTableSvg(board, {}, fonts);
  const doc = parse(image.svg);

  it('shows the A1 table pages one under the other, every note once', () => {
    expect(image.paper).toBe('A1');
    const all = [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? '');
    for (const cell of CELL_IDS) {
      for (const n of board.cells[cell] ?? []) {
        const id = n.text.split(' ')[0]!;
        expect(
          all.filter((line) => line.startsWith(`${id} `)),
          id,
        ).toHaveLength(1);
      }
    }
    expect(all.filter((line) => line.startsWith('Sivu '))).toHaveLength(image.pages);
  });

  it('grows wider than a slide so its notes stay legible, within the pixel limit', () => {
    expect(image.width).toBeGreaterThan(IMAGE_WIDTH);
    expect(image.width * image.height).toBeLessThanOrEqual(MAX_PIXELS);
  });
});
