import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderBlankTemplate, renderPoster, renderTable } from '@avaa/print';
import { ARUCO_MIP_36H12, type PrintoutSpec, printoutLayout, sameSpec } from '@avaa/print/markers';
import { loadFonts } from '@avaa/print/node';
import aruco from 'js-aruco2';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { project } from './homography.ts';
import { detectSheets } from './markers.ts';

const fonts = await loadFonts();
const dir = mkdtempSync(join(tmpdir(), 'avaa-markers-'));
const board = (language: 'fi' | 'sv') => ({
  title: 'Avaa',
  language,
  date: '2026-12-06',
  boardLabel: 'Yhteinen taulukko',
  cells: { 'during:services': [{ id: 'n1', text: 'Ajanvaraus chatissa', kind: 'note', colour: 'yellow', groups: [] }] },
  paths: [],
});

/** The PDF's page as pdftoppm renders it, decoded to RGBA as a photo would be. */
async function rendered(pdf: Uint8Array, page: number, dpi: number) {
  const path = join(dir, `p${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(path, pdf);
  const prefix = `${path}-png`;
  execFileSync('pdftoppm', [
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    '-png',
    path,
    prefix,
  ]);
  const { data, info } = await sharp(`${prefix}.png`).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
}

const cases: { name: string; spec: PrintoutSpec; sheet: number; dpi: number; pdf: () => Uint8Array }[] = [
  {
    name: 'blank A4, fi',
    spec: { kind: 'blank', paper: 'A4' },
    sheet: 0,
    dpi: 100,
    pdf: () => renderBlankTemplate({ language: 'fi', paper: 'A4', url: 'https://avaa.example/w/demo' }, fonts),
  },
  {
    name: 'blank A1, sv',
    spec: { kind: 'blank', paper: 'A1' },
    sheet: 0,
    dpi: 40,
    pdf: () => renderBlankTemplate({ language: 'sv', paper: 'A1', url: 'https://avaa.example/w/demo' }, fonts),
  },
  {
    name: 'table A3, sv',
    spec: { kind: 'table', paper: 'A3' },
    sheet: 0,
    dpi: 70,
    // biome-ignore lint/suspicious/noExplicitAny: a minimal printable board
    pdf: () => renderTable(board('sv') as any, { paper: 'A3' }, fonts),
  },
  {
    name: 'poster A0 on A4, sheet 8, fi',
    spec: { kind: 'poster', poster: 'A0', sheet: 'A4' },
    sheet: 7,
    dpi: 100,
    // biome-ignore lint/suspicious/noExplicitAny: a minimal printable board
    pdf: () => renderPoster(board('fi') as any, { poster: 'A0', sheet: 'A4' }, fonts),
  },
];

describe('detectSheets on printouts rendered by pdftoppm', () => {
  it.each(cases)('finds the four markers of the $name and maps the sheet to its pixels', async (c) => {
    const image = await rendered(c.pdf(), c.sheet + 1, c.dpi);
    const sheets = detectSheets(image);
    expect(sheets).toHaveLength(1);
    const [found] = sheets;
    expect(sameSpec(found!.spec, c.spec)).toBe(true);
    expect(found!.sheet).toBe(c.sheet);
    expect(found!.markers.map((m) => m.corner).sort()).toEqual(['bottomLeft', 'bottomRight', 'topLeft', 'topRight']);
    // The page's own pixels are mm x dpi / 25.4: every cell corner lands within 2 px of where it was printed.
    const pxPerMm = c.dpi / 25.4;
    for (const cell of printoutLayout(c.spec).sheets[c.sheet]!.cells) {
      if (!cell.visible) continue;
      const corner = { x: cell.visible.x, y: cell.visible.y };
      const p = project(found!.pageToPhoto, corner);
      expect(Math.hypot(p.x - corner.x * pxPerMm, p.y - corner.y * pxPerMm)).toBeLessThan(2);
    }
  });

  it('finds nothing on a page without markers', () => {
    const blank = { width: 400, height: 300, data: new Uint8Array(400 * 300 * 4).fill(255) };
    expect(detectSheets(blank)).toEqual([]);
  });

  it("draws js-aruco2's own ARUCO_MIP_36h12 codes", () => {
    const library = (aruco.AR as unknown as { DICTIONARIES: Record<string, { codeList: number[] }> }).DICTIONARIES;
    expect(ARUCO_MIP_36H12).toEqual(library.ARUCO_MIP_36h12!.codeList);
  });
});

describe('detectSheets in a worker thread', () => {
  it('runs off the main thread on pixels handed over, and answers plain data', async () => {
    const { Worker } = await import('node:worker_threads');
    const image = await rendered(
      renderBlankTemplate({ language: 'sv', paper: 'A3', url: 'https://avaa.example/w/demo' }, fonts),
      1,
      60,
    );
    const source = `
      import { parentPort, workerData } from 'node:worker_threads';
      import { detectSheets } from ${JSON.stringify(new URL('./markers.ts', import.meta.url).href)};
      const sheets = detectSheets(workerData);
      parentPort.postMessage(sheets.map((s) => ({ spec: s.spec, sheet: s.sheet, markers: s.markers.length })));
    `;
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(source)}`), {
      workerData: { width: image.width, height: image.height, data: new Uint8Array(image.data) },
    });
    const answer = await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(answer).toEqual([{ spec: { kind: 'blank', paper: 'A3' }, sheet: 0, markers: 4 }]);
  });
});
