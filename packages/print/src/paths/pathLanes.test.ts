import { execFileSync } from 'node:child_process';
import { PHASES } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import { printableFromDoc } from '../fromDoc.ts';
import { renderPrintable } from '../index.ts';
import { fonts } from '../testing/fonts.ts';
import { unmarkedContent } from '../testing/pdfStructure.ts';
import { occurrences, pdfPages, pdfText, points, squash, writePdf } from '../testing/pdfTools.ts';
import { boardWithPaths, crowdedPaths } from '../testing/samplePaths.ts';

type Word = { readonly text: string; readonly xMin: number; readonly xMax: number; readonly yMax: number };

/** Every word's box on page `page`, in points, from `pdftotext -bbox`. */
function words(path: string, page: number): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), path, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return [...html.matchAll(/xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({
    xMin: Number(m[1]),
    xMax: Number(m[2]),
    yMax: Number(m[3]),
    text: m[4]!,
  }));
}

describe('the path view as lanes', () => {
  it.each(['A4', 'A3'] as const)('%s: a lane per path, the phases as columns, landscape', (paper) => {
    const board = boardWithPaths('fi').printable();
    const bytes = renderPrintable(board, { kind: 'paths', layout: 'lanes', paper }, fonts);
    const path = writePdf(bytes, `lanes-${paper}`);
    const [page] = pdfPages(path);
    expect(page!.width).toBeCloseTo(points(paper === 'A4' ? 297 : 420), 1);
    const text = squash(pdfText(path, 'raw'));
    expect(text).toContain('Palvelupolkunäkymä');
    for (const name of ['A. Kertakävijä', 'B. Nuori, joka etsii opiskelupaikkaa', 'C. Nuori, joka tarvitsee']) {
      expect(text).toContain(name);
    }
    for (const phase of PHASES) expect(text).toContain(phase.name.fi);
    expect(text).toContain('Puuttuva palvelu');
    expect(text).toContain('Riski: odottaminen');
    expect(text).toContain('Ohitettu vaihe');
    expect(unmarkedContent(bytes)).toEqual([]);
  });

  it('says it in Swedish', () => {
    const path = writePdf(
      renderPrintable(boardWithPaths('sv').printable(), { kind: 'paths', layout: 'lanes', paper: 'A4' }, fonts),
    );
    const text = squash(pdfText(path, 'raw'));
    expect(text).toContain('Vy över servicestigar');
    expect(text).toContain('Tjänst saknas');
    expect(text).toContain('Risk: skickas från lucka till lucka');
    expect(text).toContain(PHASES[4]!.name.sv);
  });
});

describe('the worst case: 20 paths of 40 steps with 200-character texts', () => {
  const board = printableFromDoc(crowdedPaths(20, 40, 200), { date: '2026-11-24' })!;
  const path = writePdf(renderPrintable(board, { kind: 'paths', layout: 'lanes', paper: 'A4' }, fonts), 'worst');
  const pages = pdfPages(path);

  it('continues over pages with the title and the phases repeated on each', () => {
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((_, i) => {
      const text = squash(pdfText(path, 'raw', i + 1));
      expect(text).toContain('Täysi taulu – Palvelupolkunäkymä');
      for (const phase of PHASES) expect(text).toContain(phase.name.fi);
      expect(text).toContain(`Sivu ${i + 1}/${pages.length}`);
    });
  });

  it('prints every step of every path once, shortened, never past its cell', () => {
    const all = pdfText(path, 'raw');
    for (const step of [1, 13, 40]) expect(occurrences(all, `S${step} `), `S${step}`).toBe(20);
    const margin = points(10);
    const label = margin + points(36);
    const cell = (points(297) - 2 * margin - points(36)) / PHASES.length;
    const rowsTop = points(10 + 11 + 9);
    const rowsBottom = points(210 - 10 - 7);
    pages.forEach((_, i) => {
      for (const word of words(path, i + 1)) {
        // The title band above the rows and the footer below them span the page.
        if (word.yMax < rowsTop || word.yMax > rowsBottom + 1) continue;
        if (word.xMin < label) continue;
        const column = Math.floor((word.xMin - label) / cell);
        if (column < 0 || column >= PHASES.length) continue;
        expect(word.xMax, `${word.text} on page ${i + 1}`).toBeLessThanOrEqual(label + (column + 1) * cell + 0.5);
      }
    });
  });
});

describe('a lane taller than a page', () => {
  it('continues on the next page, every step once', () => {
    const board = printableFromDoc(crowdedPaths(2, 40, 200, 'during'), { date: '2026-11-24' })!;
    const path = writePdf(renderPrintable(board, { kind: 'paths', layout: 'lanes', paper: 'A4' }, fonts), 'tall');
    const pages = pdfPages(path);
    expect(pages.length).toBeGreaterThan(2);
    const all = pdfText(path, 'raw');
    for (let step = 1; step <= 40; step++) expect(occurrences(all, `S${step} `), `S${step}`).toBe(2);
    expect(squash(pdfText(path, 'raw', 2))).toContain('A. Polku 1');
  });
});
