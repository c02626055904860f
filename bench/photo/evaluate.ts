import { join } from 'node:path';
import { sameSpec } from '@avaa/print/markers';
import sharp from 'sharp';
import { project } from '../../server/src/photo/homography.ts';
import { detectSheets, type FoundSheet, type PhotoPixels } from '../../server/src/photo/markers.ts';
import type { Truth } from './generate.ts';

export async function decode(file: string): Promise<PhotoPixels> {
  const { data, info } = await sharp(file).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
}

export type MarkerResult = {
  readonly seed: number;
  /** The photographed sheet was found with the right identity. */
  readonly found: boolean;
  readonly markersFound: number;
  /** Markers no note covers, and how many of those were not found. */
  readonly markersVisible: number;
  readonly visibleMissed: number;
  /** Sheets reported that are not in the photo. */
  readonly wrongSheets: number;
  /** Over the visible cells' corners: how far the found map puts them from the true one, photo px and sheet mm. */
  readonly meanPx: number;
  readonly maxPx: number;
  readonly meanMm: number;
  readonly maxMm: number;
  readonly ms: number;
};

function errors(sheet: FoundSheet, truth: Truth): { px: number[]; mm: number[] } {
  const points = sheet.layout.cells.flatMap((c) =>
    c.visible
      ? [
          { x: c.visible.x, y: c.visible.y },
          { x: c.visible.x + c.visible.width, y: c.visible.y + c.visible.height },
        ]
      : [],
  );
  const px: number[] = [];
  const mm: number[] = [];
  for (const p of points) {
    const real = project(truth.pageToPhoto, p);
    const found = project(sheet.pageToPhoto, p);
    px.push(Math.hypot(found.x - real.x, found.y - real.y));
    const back = project(sheet.photoToPage, real);
    mm.push(Math.hypot(back.x - p.x, back.y - p.y));
  }
  return { px, mm };
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

/** Runs the marker stage on one generated photo and measures it against its truth. */
export async function evaluatePhoto(dir: string, truth: Truth): Promise<MarkerResult> {
  const photo = await decode(join(dir, truth.photo.file));
  const started = performance.now();
  const sheets = detectSheets(photo);
  const ms = performance.now() - started;
  const right = sheets.find((s) => sameSpec(s.spec, truth.spec) && s.sheet === truth.sheet);
  const wrongSheets = sheets.length - (right ? 1 : 0);
  const visible = truth.markers.filter((m) => !m.covered);
  const visibleMissed = visible.filter((m) => !right?.markers.some((f) => f.id === m.id)).length;
  const seen = { markersVisible: visible.length, visibleMissed };
  if (!right)
    return {
      seed: truth.seed,
      found: false,
      markersFound: 0,
      ...seen,
      wrongSheets,
      meanPx: NaN,
      maxPx: NaN,
      meanMm: NaN,
      maxMm: NaN,
      ms,
    };
  const { px, mm } = errors(right, truth);
  return {
    seed: truth.seed,
    found: true,
    markersFound: right.markers.length,
    ...seen,
    wrongSheets,
    meanPx: mean(px),
    maxPx: Math.max(...px),
    meanMm: mean(mm),
    maxMm: Math.max(...mm),
    ms,
  };
}
