import { describe, expect, it } from 'vitest';
import { landscape, portrait } from '../paper.ts';
import { fonts } from '../testing/fonts.ts';
import { inkCoverage, pdfPages, pdfText, points, squash, writePdf } from '../testing/pdfTools.ts';
import { sampleBoard } from '../testing/sampleBoard.ts';
import { renderPoster } from './renderPoster.ts';
import { MIN_POSTER_SCALE, tilePoster } from './tiles.ts';

/** Sheets per poster and paper: the fewest that show the poster at 90-100 % of its size. */
const SHEETS = [
  { poster: 'A2', sheet: 'A4', sheets: 6 },
  { poster: 'A2', sheet: 'A3', sheets: 2 },
  { poster: 'A1', sheet: 'A4', sheets: 9 },
  { poster: 'A1', sheet: 'A3', sheets: 4 },
  { poster: 'A0', sheet: 'A4', sheets: 18 },
  { poster: 'A0', sheet: 'A3', sheets: 8 },
] as const;

describe('tiling', () => {
  it('covers the poster with overlapping tiles', () => {
    const poster = landscape('A0');
    const tiling = tilePoster(poster, portrait('A4'));
    const last = tiling.tiles[tiling.tiles.length - 1]!;
    expect(last.x + tiling.area.width).toBeGreaterThanOrEqual(poster.width * tiling.scale);
    expect(last.y + tiling.area.height).toBeGreaterThanOrEqual(poster.height * tiling.scale);
    const [a, b] = tiling.tiles;
    expect(a!.x + tiling.area.width - b!.x).toBe(tiling.overlap);
  });

  it.each(SHEETS)('puts $poster on $sheets × $sheet, no row or column of sheets showing a sliver', (c) => {
    const poster = landscape(c.poster);
    const tiling = tilePoster(poster, portrait(c.sheet));
    expect(tiling.tiles).toHaveLength(c.sheets);
    expect(tiling.scale).toBeGreaterThanOrEqual(MIN_POSTER_SCALE);
    expect(tiling.scale).toBeLessThanOrEqual(1);
    const last = tiling.tiles[tiling.tiles.length - 1]!;
    // The last column and row show at least a third of a sheet of the poster past the glued overlap.
    const beyondX = poster.width * tiling.scale - last.x - tiling.overlap;
    const beyondY = poster.height * tiling.scale - last.y - tiling.overlap;
    expect(beyondX).toBeGreaterThan((tiling.area.width - tiling.overlap) / 3);
    expect(beyondY).toBeGreaterThan((tiling.area.height - tiling.overlap) / 3);
  });
});

describe('posters', () => {
  const board = sampleBoard({ notes: 40 });

  it('prints A1 on 9 landscape A4 sheets, each labelled with its row and column, none without table', () => {
    const path = writePdf(renderPoster(board, { poster: 'A1', sheet: 'A4' }, fonts), 'poster-a1-a4');
    const pages = pdfPages(path);
    expect(pages).toHaveLength(9);
    for (const page of pages) {
      expect(page.width).toBeCloseTo(points(297), 1);
      expect(page.height).toBeCloseTo(points(210), 1);
    }
    expect(squash(pdfText(path, 'layout', 1))).toContain('Juliste A1 9 × A4-arkille · rivi 1, sarake 1 · 1/9');
    expect(squash(pdfText(path, 'layout', 6))).toContain('rivi 2, sarake 3 · 6/9');
    expect(squash(pdfText(path, 'raw'))).not.toMatch(/Arkki A1/);
    // A sheet with only crop marks, a border and the label has well under 1 % ink at 30 dpi.
    for (let page = 1; page <= pages.length; page++) {
      expect(inkCoverage(path, page, 30), `sheet ${page}`).toBeGreaterThan(0.01);
    }
  }, 60_000);

  it('tiles an A0 poster over 18 portrait A4 sheets', () => {
    const path = writePdf(renderPoster(board, { poster: 'A0', sheet: 'A4' }, fonts), 'poster-a0');
    const pages = pdfPages(path);
    expect(pages).toHaveLength(18);
    expect(pages[0]!.width).toBeCloseTo(points(210), 1);
    expect(squash(pdfText(path, 'layout', 18))).toContain('rivi 3, sarake 6 · 18/18');
  }, 60_000);

  it('tiles an A1 poster over 4 landscape A3 sheets, in Swedish and English', () => {
    const sv = writePdf(renderPoster({ ...board, language: 'sv' }, { poster: 'A1', sheet: 'A3' }, fonts), 'poster-sv');
    expect(pdfPages(sv)).toHaveLength(4);
    expect(pdfPages(sv)[0]!.width).toBeCloseTo(points(420), 1);
    expect(squash(pdfText(sv, 'layout', 4))).toContain('Affisch A1 på 4 × A3 · rad 2, kolumn 2 · 4/4');
    const en = writePdf(renderPoster({ ...board, language: 'en' }, { poster: 'A2', sheet: 'A4' }, fonts), 'poster-en');
    expect(squash(pdfText(en, 'raw', 2))).toContain('Poster A2 on 6 × A4 sheets · row 1, column 2 · 2/6');
  }, 60_000);
});
