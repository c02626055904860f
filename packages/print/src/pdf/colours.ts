import { type NoteColour, PATH_INK, type PathColour } from '@avaa/board-model';

type Rgb = readonly [number, number, number];

/**
 * The board's note colours (apps/web noteColours.css): light fills under black text, so a
 * greyscale print keeps the text readable; kinds and groups are told by printed labels, never
 * by colour alone.
 */
const FILL: Readonly<Record<NoteColour, Rgb>> = {
  yellow: [0xff, 0xf2, 0xa8],
  green: [0xcd, 0xee, 0xc9],
  blue: [0xd3, 0xe5, 0xff],
  pink: [0xff, 0xd6, 0xe6],
  orange: [0xff, 0xdc, 0xbc],
  purple: [0xe6, 0xdb, 0xff],
};

const EDGE: Readonly<Record<NoteColour, Rgb>> = {
  yellow: [0x94, 0x80, 0x1a],
  green: [0x4f, 0x8a, 0x48],
  blue: [0x4f, 0x7b, 0xbf],
  pink: [0xb8, 0x58, 0x7f],
  orange: [0xb8, 0x6b, 0x26],
  purple: [0x7b, 0x5f, 0xc0],
};

export function noteFill(colour: NoteColour): Rgb {
  return FILL[colour];
}

export function noteEdge(colour: NoteColour): Rgb {
  return EDGE[colour];
}

/** Header fill: a light grey that prints the same in colour and greyscale. */
export const HEADER_FILL: Rgb = [0xe8, 0xe8, 0xe8];
export const RULE: Rgb = [0x55, 0x55, 0x55];

/** "#rrggbb" as jsPDF's channels. */
export function rgbOf(hex: string): Rgb {
  const channel = (at: number) => Number.parseInt(hex.slice(at, at + 2), 16);
  return [channel(1), channel(3), channel(5)];
}

/**
 * The service paths' ink, the web's own (board-model's `PATH_INK`), dark enough to carry white
 * letters and digits; a path is always named by its letter too.
 */
export function pathRgb(colour: PathColour): Rgb {
  return rgbOf(PATH_INK[colour]);
}
