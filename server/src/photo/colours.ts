import { NOTE_COLOURS, type NoteColour } from '@avaa/board-model';

/**
 * Paper note colours as the usual sticky notes come (sRGB on white paper), one for each of the
 * board's note colours: a paper note maps to the board colour of the nearest.
 */
export const PAPER_NOTE_COLOURS: Readonly<Record<NoteColour, readonly [number, number, number]>> = {
  yellow: [247, 236, 122],
  green: [182, 230, 140],
  blue: [147, 205, 238],
  pink: [249, 163, 198],
  orange: [251, 180, 108],
  purple: [199, 166, 234],
};

/** A pixel is paper-note colour when its colour relative to the paper white is this saturated and this bright. */
export const MIN_SATURATION = 0.13;
export const MIN_BRIGHTNESS = 0.5;

/** Hue in degrees, 0-360, of a colour (any scale). */
export function hue(r: number, g: number, b: number): number {
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d <= 0) return 0;
  const h = max === r ? (g - b) / d : max === g ? 2 + (b - r) / d : 4 + (r - g) / d;
  return (h * 60 + 360) % 360;
}

const REFERENCE_HUES = NOTE_COLOURS.map((c) => hue(...PAPER_NOTE_COLOURS[c]));

/** The class of a paper-note pixel by its hue (light and blur change a note's saturation, not its hue): an index into NOTE_COLOURS. */
export function nearestHue(h: number): number {
  let best = 0;
  let bestD = 999;
  REFERENCE_HUES.forEach((ref, i) => {
    const d = Math.min(Math.abs(h - ref), 360 - Math.abs(h - ref));
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  });
  return best;
}

/** A colour scaled so its largest channel is 1: brightness (light, shadow) no longer counts. */
function chroma(rgb: readonly number[]): number[] {
  const max = Math.max(...rgb, 1e-6);
  return rgb.map((v) => v / max);
}

const REFERENCE_CHROMA = NOTE_COLOURS.map((c) => chroma(PAPER_NOTE_COLOURS[c].map((v) => v / 255)));

/** When the second nearest colour is within this ratio of the nearest's distance, the colour is uncertain. */
const UNCERTAIN_RATIO = 0.7;

/** The board colour nearest to a note's mean colour (relative to the paper white), and whether another is about as near. */
export function nearestColour(rgb: readonly number[]): { colour: NoteColour; uncertain: boolean } {
  const c = chroma(rgb);
  const distances = REFERENCE_CHROMA.map((ref) => Math.hypot(ref[0]! - c[0]!, ref[1]! - c[1]!, ref[2]! - c[2]!));
  const order = distances.map((d, i) => [d, i] as const).sort((a, b) => a[0] - b[0]);
  const [first, second] = order as [readonly [number, number], readonly [number, number]];
  return { colour: NOTE_COLOURS[first[1]]!, uncertain: first[0] > UNCERTAIN_RATIO * second[0] };
}
