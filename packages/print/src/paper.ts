/** ISO 216 sizes in millimetres, portrait (width < height). */
export const PAPER_SIZES = {
  A0: [841, 1189],
  A1: [594, 841],
  A2: [420, 594],
  A3: [297, 420],
  A4: [210, 297],
  A5: [148, 210],
  A6: [105, 148],
} as const;
export type PaperName = keyof typeof PAPER_SIZES;

export type TablePaper = 'A4' | 'A3' | 'A2' | 'A1';
export const TABLE_PAPERS: readonly TablePaper[] = ['A4', 'A3', 'A2', 'A1'];
export type PosterPaper = 'A0' | 'A1' | 'A2';
export type SheetPaper = 'A4' | 'A3';
export type CardPaper = 'A5' | 'A6';

export type Size = { readonly width: number; readonly height: number };

export function landscape(paper: PaperName): Size {
  const [short, long] = PAPER_SIZES[paper];
  return { width: long, height: short };
}

export function portrait(paper: PaperName): Size {
  const [short, long] = PAPER_SIZES[paper];
  return { width: short, height: long };
}

/**
 * How much bigger than A4 a sheet is (1 for A4, about 2.83 for A1): type, margins and lines
 * grow with it, so an A1 print reads from across the room as an A4 print reads in the hand.
 */
export function paperScale(paper: PaperName): number {
  return PAPER_SIZES[paper][0] / PAPER_SIZES.A4[0];
}
