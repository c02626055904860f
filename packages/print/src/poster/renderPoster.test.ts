import { describe, expect, it } from 'vitest';
import { landscape, portrait } from '../paper.ts';
import { fonts } from '../testing/fonts.ts';
import { inkCoverage, pdfPages, pdfText, points, squash, writePdf } from '../testing/pdfTools.ts';
import { sampleBoard } from '../testing/sampleBoard.ts';
import { renderPoster } from './renderPoster.ts';
import { tilePoster } from './tiles.ts';

describe('tiling', () => {
  it('covers the poster with overlapping tiles', () => {
    const poster = landscape('A0');
    const tiling = tilePoster(poster, portrait('A4'));
    const last = tiling.tiles[tiling.tiles.length - 1]!;
    expect(last.x + tiling.area.width).toBeGreaterThanOrEqual(poster.width);
    expect(last.y + tiling.area.height).toBeGreaterThanOrEqual(poster.height);
    const [a, b] = tiling.tiles;
    expect(a!.x + tiling.area.width - b!.x).toBe(tiling.overlap);
  });
});

describe('posters', () => {
  const board = sampleBoard({ notes: 40 });

  it('tiles an A0 poster over 25 landscape A4 sheets, labelled by row and column', () => {
    const path = writePdf(renderPoster(board, { poster: 'A0', sheet: 'A4' }, fonts), 'poster-a0');
    const pages = pdfPages(path);
    expect(pages).toHaveLength(25);
    for (const page of pages) {
      expect(page.width).toBeCloseTo(points(297), 1);
      expect(page.height).toBeCloseTo(points(210), 1);
    }
    expect(squash(pdfText(path, 'layout', 1))).toContain('Juliste A0 · Arkki A1 (rivi 1, sarake 1) · 1/25');
    expect(squash(pdfText(path, 'layout', 25))).toContain('Arkki E5 (rivi 5, sarake 5) · 25/25');
    expect(inkCoverage(path, 13)).toBeGreaterThan(0.01);
  });

  it('tiles an A1 poster over 8 portrait A3 sheets', () => {
    const path = writePdf(renderPoster(board, { poster: 'A1', sheet: 'A3' }, fonts), 'poster-a1');
    const pages = pdfPages(path);
    expect(pages).toHaveLength(8);
    for (const page of pages) {
      expect(page.width).toBeCloseTo(points(297), 1);
      expect(page.height).toBeCloseTo(points(420), 1);
    }
    expect(squash(pdfText(path, 'layout', 8))).toContain('Arkki B4 (rivi 2, sarake 4) · 8/8');
  });
});
