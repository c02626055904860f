import type { CellId } from '@avaa/board-model';
import type { PrintedMarker, PrintoutSheet } from '@avaa/print/markers';

/** A seeded generator (mulberry32): the same seed gives the same photo. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(items: readonly T[], r: () => number): T {
  return items[Math.floor(r() * items.length)]!;
}

/** Paper note colours as sticky notes come (sRGB), by the board's colour names. */
export const PAPER_COLOURS = {
  yellow: '#f7ec7a',
  pink: '#f9a3c6',
  green: '#b6e68c',
  blue: '#93cdee',
  orange: '#fbb46c',
  purple: '#c7a6ea',
} as const;
export type PaperColour = keyof typeof PAPER_COLOURS;

const WORDS = [
  'Ohjaamo',
  'kela',
  'TE-palvelut',
  'nuorisotyö',
  'ajanvaraus',
  'chatti',
  'vertaistuki',
  'jonot',
  'lomake',
  'soitto',
  'tukihenkilö',
  'info',
  'työkokeilu',
  'hakemus',
  'ryhmä',
  'ohjaus',
  'väntetid',
  'blankett',
  'handledning',
  'stöd',
  'träff',
  'tidsbokning',
];

export type TruthPoint = { readonly x: number; readonly y: number };

/** One paper note as stuck: where (sheet mm, then photo px), which cell it belongs to and why that is hard. */
export type TruthNote = {
  readonly colour: PaperColour;
  readonly text: string;
  readonly font: string;
  /** The cell most of the note lies in. */
  readonly cell: CellId | undefined;
  /** Corners clockwise from the note's top-left, in sheet mm. */
  readonly page: readonly TruthPoint[];
  readonly crossesBorder: boolean;
  /** A later note covers part of this one. */
  readonly covered: boolean;
  /** This note covers part of an earlier one. */
  readonly covers: boolean;
  /** Less than half of it is on the table (a careless note over a corner marker): it has no sure cell. */
  readonly offTable: boolean;
};

function corners(cx: number, cy: number, side: number, angle: number): TruthPoint[] {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const h = side / 2;
  return [
    [-h, -h],
    [h, -h],
    [h, h],
    [-h, h],
  ].map(([x, y]) => ({ x: cx + c * x! - s * y!, y: cy + s * x! + c * y! }));
}

export function inside(poly: readonly TruthPoint[], p: TruthPoint): boolean {
  let odd = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const a = poly[i]!;
    const b = poly[j]!;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) odd = !odd;
  }
  return odd;
}

/** Points spread over the note, to share it out among cells and neighbours by area. */
function samples(poly: readonly TruthPoint[]): TruthPoint[] {
  const [a, b, , d] = poly as [TruthPoint, TruthPoint, TruthPoint, TruthPoint];
  const out: TruthPoint[] = [];
  for (let i = 0.05; i < 1; i += 0.1) {
    for (let j = 0.05; j < 1; j += 0.1) {
      out.push({ x: a.x + (b.x - a.x) * i + (d.x - a.x) * j, y: a.y + (b.y - a.y) * i + (d.y - a.y) * j });
    }
  }
  return out;
}

function cellShares(sheet: PrintoutSheet, poly: readonly TruthPoint[]): Map<CellId, number> {
  const shares = new Map<CellId, number>();
  for (const p of samples(poly)) {
    const cell = sheet.cells.find(
      (c) => p.x >= c.rect.x && p.x < c.rect.x + c.rect.width && p.y >= c.rect.y && p.y < c.rect.y + c.rect.height,
    );
    if (cell) shares.set(cell.cell, (shares.get(cell.cell) ?? 0) + 1);
  }
  return shares;
}

/** Notes go on the table: within the grid this sheet shows (a note on the margin has no cell). */
function onTable(sheet: PrintoutSheet, poly: readonly TruthPoint[]): boolean {
  const shown = sheet.cells.flatMap((c) => (c.visible ? [c.visible] : []));
  const left = Math.min(...shown.map((c) => c.x));
  const top = Math.min(...shown.map((c) => c.y));
  const right = Math.max(...shown.map((c) => c.x + c.width));
  const bottom = Math.max(...shown.map((c) => c.y + c.height));
  const within = poly.every((p) => p.x > left - 5 && p.x < right + 5 && p.y > top - 5 && p.y < bottom + 5);
  const share = Math.max(0, ...cellShares(sheet, poly).values());
  return within && share >= samples(poly).length * 0.3;
}

type Placement = { readonly cx: number; readonly cy: number; readonly side: number };

/** A note's centre: mostly inside a cell, some on a border, some over an earlier note. */
function place(sheet: PrintoutSheet, placed: readonly TruthPoint[][], r: () => number): Placement {
  // A cell by the room this sheet shows of it (a poster sheet shows slivers of some); a note
  // sized by the whole cell, as people pick their notes by the table, not by the sheet.
  const roomy = (shown: number, whole: number) => shown >= Math.min(60, 0.5 * whole);
  const cells = sheet.cells.filter(
    (c) => c.visible && roomy(c.visible.width, c.rect.width) && roomy(c.visible.height, c.rect.height),
  );
  const areas = cells.map((c) => c.visible!.width * c.visible!.height);
  const at = r() * areas.reduce((sum, a) => sum + a, 0);
  let index = 0;
  for (let sum = areas[0]!; sum < at && index < cells.length - 1; sum += areas[index]!) index++;
  const chosen = cells[index]!;
  const cell = chosen.visible!;
  const side = Math.min(chosen.rect.width, chosen.rect.height) * (0.3 + r() * 0.2);
  const roll = r();
  if (roll < 0.15 && placed.length > 0) {
    const under = pick(placed, r);
    const ux = under.reduce((s, p) => s + p.x, 0) / 4;
    const uy = under.reduce((s, p) => s + p.y, 0) / 4;
    const angle = r() * 2 * Math.PI;
    return { cx: ux + Math.cos(angle) * side * 0.55, cy: uy + Math.sin(angle) * side * 0.55, side };
  }
  if (roll < 0.3) {
    // On the cell's right or bottom border, mostly on one side of it.
    const right = r() < 0.5;
    const off = (0.1 + r() * 0.25) * side * (r() < 0.5 ? -1 : 1);
    return right
      ? { cx: cell.x + cell.width + off, cy: cell.y + side / 2 + r() * (cell.height - side), side }
      : { cx: cell.x + side / 2 + r() * (cell.width - side), cy: cell.y + cell.height + off, side };
  }
  const m = side * 0.6;
  return { cx: cell.x + m + r() * (cell.width - 2 * m), cy: cell.y + m + r() * (cell.height - 2 * m), side };
}

function noteText(r: () => number): string {
  const count = 1 + Math.floor(r() * 3);
  return Array.from({ length: count }, () => pick(WORDS, r)).join(' ');
}

/**
 * A note stuck carelessly over a corner marker: over the marker, reaching in towards the table,
 * the size of the notes of the nearest cell.
 */
function overCorner(sheet: PrintoutSheet, marker: PrintedMarker, r: () => number): TruthPoint[] {
  const mx = marker.x + marker.size / 2;
  const my = marker.y + marker.size / 2;
  const nearest = [...sheet.cells].sort(
    (a, b) =>
      Math.hypot(a.rect.x + a.rect.width / 2 - mx, a.rect.y + a.rect.height / 2 - my) -
      Math.hypot(b.rect.x + b.rect.width / 2 - mx, b.rect.y + b.rect.height / 2 - my),
  )[0]!;
  const side = Math.min(nearest.rect.width, nearest.rect.height) * (0.3 + r() * 0.2);
  const toward = Math.atan2(sheet.page.height / 2 - my, sheet.page.width / 2 - mx);
  const reach = side * (0.2 + r() * 0.25);
  return corners(mx + Math.cos(toward) * reach, my + Math.sin(toward) * reach, side, (r() - 0.5) * 0.3);
}

/** People stick a note partly over another, not so it hides most of it: every note stays at least this much in view (half that on a crowded sheet). */
export const MIN_IN_VIEW = 0.5;

/** Whether every note of `below` stays `share` in view with `poly` stuck over them all. */
function leavesInView(below: readonly TruthPoint[][], poly: readonly TruthPoint[], share: number): boolean {
  return below.every((note, i) => {
    const points = samples(note);
    const above = [...below.slice(i + 1), poly];
    return points.filter((p) => !above.some((a) => inside(a, p))).length >= share * points.length;
  });
}

/** `count` notes in `colours`, stuck on `sheet` in the order given (a later one lies on top, never hiding most of one). */
export function stickNotes(
  sheet: PrintoutSheet,
  count: number,
  colours: readonly PaperColour[],
  fonts: readonly string[],
  r: () => number,
  overMarker?: PrintedMarker,
): TruthNote[] {
  const polys: TruthPoint[][] = [];
  // A sheet too crowded for ten notes at that (a poster sheet shows little of its big cells) lets the last few hide more.
  const tries = (n: number) => n < 50 * count || (polys.length < 10 && n < 100 * count);
  for (let n = 0; polys.length < count && tries(n); n++) {
    const { cx, cy, side } = place(sheet, polys, r);
    const poly = corners(cx, cy, side, (r() - 0.5) * 0.3);
    const share = n < 50 * count ? MIN_IN_VIEW : MIN_IN_VIEW / 2;
    if (onTable(sheet, poly) && leavesInView(polys, poly, share)) polys.push(poly);
  }
  if (overMarker) polys.push(overCorner(sheet, overMarker, r));
  return polys.map((poly, i) => {
    const shares = [...cellShares(sheet, poly).entries()].sort((a, b) => b[1] - a[1]);
    const points = samples(poly);
    const covered = polys.slice(i + 1).some((above) => points.some((p) => inside(above, p)));
    const covers = polys.slice(0, i).some((below) => points.some((p) => inside(below, p)));
    return {
      colour: pick(colours, r),
      text: noteText(r),
      font: pick(fonts, r),
      cell: shares[0]?.[0],
      page: poly,
      crossesBorder: shares.length > 1,
      covered,
      covers,
      offTable: (shares[0]?.[1] ?? 0) < points.length / 2,
    };
  });
}

/** Whether a note lies over any part of a printed marker or its quiet zone (a camera cannot see it whole then). */
export function markerCovered(marker: { x: number; y: number; size: number }, notes: readonly TruthNote[]): boolean {
  const zone = marker.size / 8;
  const points: TruthPoint[] = [];
  for (let i = 0; i <= 10; i++) {
    for (let j = 0; j <= 10; j++) {
      points.push({
        x: marker.x - zone + ((marker.size + 2 * zone) * i) / 10,
        y: marker.y - zone + ((marker.size + 2 * zone) * j) / 10,
      });
    }
  }
  return notes.some((note) => points.some((p) => inside(note.page, p)));
}
