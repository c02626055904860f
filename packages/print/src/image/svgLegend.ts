import type { jsPDF } from 'jspdf';
import type { PaperName } from '../paper.ts';
import { landscape, paperScale } from '../paper.ts';
import { pathLabelsFor } from '../paths/pathLabels.ts';
import { type LegendItem, legendItems } from '../paths/tableLegend.ts';
import { pathRgb } from '../pdf/colours.ts';
import { lineHeight } from '../pdf/document.ts';
import type { StructElement } from '../pdf/structureTree.ts';
import type { PrintableBoard } from '../printable.ts';
import { flow, heightForOnePage } from '../table/flow.ts';
import { hex, rect } from './svg.ts';
import { lineAt, linesAt } from './svgPage.ts';

/**
 * The paths' legend below the table, as the table PDF's legend pages set it (the same items,
 * wrapped the same, three columns) but balanced into one band: an image has no next page.
 * Returns the band's elements from its top and its height, in mm; a path's heading and steps stay together.
 */
export function svgLegend(doc: jsPDF, board: PrintableBoard, paper: PaperName) {
  const labels = pathLabelsFor(board.language);
  const page = landscape(paper);
  const scale = paperScale(paper);
  const margin = 10 * scale;
  const width = page.width - 2 * margin;
  // The page above ends in its own margin: the band starts close under it.
  const out: string[] = [lineAt(doc, `${labels.paths} – ${board.title}`, margin, 0, 13 * scale, { bold: true })];
  let top = lineHeight(13 * scale) + 2 * scale;
  if ((board.paths ?? []).length === 0) {
    out.push(lineAt(doc, labels.none, margin, top, 9 * scale));
    return { elements: out, height: top + lineHeight(9 * scale) + margin };
  }
  out.push(lineAt(doc, labels.markerKey, margin, top, 9 * scale));
  top += lineHeight(9 * scale) + 3 * scale;
  const gap = 5 * scale;
  const columnWidth = (width - 2 * gap) / 3;
  const size = 8 * scale;
  // The legend's structure elements belong to a PDF; here they are thrown away.
  const scratch: StructElement = { role: 'Sect', kids: [] };
  const items = legendItems(doc, board, scratch, columnWidth, size);
  const itemGap = 0.8 * scale;
  // A path's heading stays with its steps: the band is balanced path by path.
  const groups = byPath(items).map((group) => ({
    items: group,
    height: group.reduce((h, i) => h + i.height + itemGap, 0),
  }));
  const height = heightForOnePage(groups, 3, 2 * itemGap);
  for (const { item: group, column, y: groupTop } of flow(groups, 3, height, 2 * itemGap)) {
    const x = margin + column * (columnWidth + gap);
    let y = top + groupTop;
    for (const item of group.items) {
      if (item.line.colour) {
        out.push(rect(x, y, size * 0.35, item.height - size * 0.3, { fill: hex(pathRgb(item.line.colour)) }));
      }
      const indent = item.line.colour ? 2 * size * 0.35 : 0;
      out.push(...linesAt(doc, item.lines, x + indent, y, size, { bold: item.line.bold }));
      y += item.height + itemGap;
    }
  }
  return { elements: out, height: top + height + margin };
}

/** The legend's items cut before each path's heading (the only items with a colour). */
function byPath(items: readonly LegendItem[]): LegendItem[][] {
  const groups: LegendItem[][] = [];
  for (const item of items) {
    if (item.line.colour || groups.length === 0) groups.push([]);
    groups[groups.length - 1]!.push(item);
  }
  return groups;
}
