import { CELL_IDS } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import { blankGeometry } from '../blank/renderBlank.ts';
import { cellRect, overlaps } from '../table/geometry.ts';
import { ARUCO_MIP_36H12, markerBits } from './dictionary.ts';
import { markerIdentity, PRINTOUTS, posterSheetClear, posterTiling, printoutLayout, sameSpec } from './layout.ts';

const all = PRINTOUTS.flatMap((spec) => printoutLayout(spec).sheets.map((sheet) => ({ spec, sheet })));

describe('printoutLayout', () => {
  it('gives every sheet of every printout four markers with ids of their own, within the dictionary', () => {
    const ids = all.flatMap(({ sheet }) => sheet.markers.map((m) => m.id));
    expect(ids.length).toBe(4 * all.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Math.max(...ids)).toBeLessThan(ARUCO_MIP_36H12.length);
  });

  it('reads the printout, the sheet and the corner back from any one marker id', () => {
    for (const { spec, sheet } of all) {
      for (const marker of sheet.markers) {
        const identity = markerIdentity(marker.id)!;
        expect(sameSpec(identity.spec, spec)).toBe(true);
        expect(identity.sheet).toBe(sheet.index);
        expect(identity.corner).toBe(marker.corner);
      }
    }
    expect(markerIdentity(249)).toBeUndefined();
  });

  it("puts a one-page printout's markers in its corners, in the margin clear of the table and the edge", () => {
    for (const { spec, sheet } of all.filter(({ spec }) => spec.kind !== 'poster')) {
      const grid = sheet.cells.map((c) => c.rect);
      for (const m of sheet.markers) {
        const box = { x: m.x, y: m.y, width: m.size, height: m.size };
        expect(
          grid.some((cell) => overlaps(cell, box)),
          JSON.stringify(spec),
        ).toBe(false);
        expect(
          Math.min(m.x, m.y, sheet.page.width - m.x - m.size, sheet.page.height - m.y - m.size),
        ).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it("keeps a poster sheet's markers where no neighbour's overlap covers them and no trim cuts them", () => {
    const spec = { kind: 'poster', poster: 'A0', sheet: 'A4' } as const;
    const tiling = posterTiling('A0', 'A4');
    printoutLayout(spec).sheets.forEach((sheet, i) => {
      const clear = posterSheetClear(tiling, tiling.tiles[i]!);
      for (const m of sheet.markers) {
        expect(m.x).toBeGreaterThanOrEqual(clear.x);
        expect(m.y).toBeGreaterThanOrEqual(clear.y);
        expect(m.x + m.size).toBeLessThanOrEqual(clear.x + clear.width);
        expect(m.y + m.size).toBeLessThanOrEqual(clear.y + clear.height);
      }
    });
    expect(printoutLayout(spec).sheets).toHaveLength(18);
  });

  it("gives each cell's rectangle as the renderer draws it: the blank template's, a poster's scaled and shifted", () => {
    const blank = printoutLayout({ kind: 'blank', paper: 'A3' }).sheets[0]!;
    expect(blank.cells.map((c) => c.cell).sort()).toEqual([...CELL_IDS].sort());
    expect(blank.cells[0]!.rect).toEqual(cellRect(blankGeometry('A3'), 0, 0));
    const poster = printoutLayout({ kind: 'poster', poster: 'A1', sheet: 'A3' });
    const t = posterTiling('A1', 'A3');
    const first = poster.sheets[0]!.cells[0]!;
    const last = poster.sheets.at(-1)!.cells.at(-1)!;
    // The same cell seen from two sheets differs by the tiles' offset.
    const again = poster.sheets.at(-1)!.cells[0]!;
    expect(again.rect.x - first.rect.x).toBeCloseTo(-t.tiles.at(-1)!.x);
    expect(last.visible).toBeDefined();
    expect(first.rect.width).toBeCloseTo(t.scale * cellRect(blankGeometry('A1'), 0, 0).width);
  });

  it("takes the rows as a table's plan shared them", () => {
    const rows = [50, 60, 66.5];
    const sheet = printoutLayout({ kind: 'table', paper: 'A4' }, rows).sheets[0]!;
    const heights = sheet.cells.filter((c) => c.cell.startsWith(sheet.cells[0]!.cell.split(':')[0]!));
    expect(heights.map((c) => c.rect.height)).toEqual(rows);
  });

  it('draws 6 x 6 bits per marker', () => {
    expect(markerBits(0)).toHaveLength(36);
    expect(() => markerBits(250)).toThrow(RangeError);
  });
});
