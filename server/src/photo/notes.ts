import type { CellId, NoteColour } from '@avaa/board-model';
import type { PhotoNoteFlag } from '@avaa/protocol';
import type { Point } from './homography.ts';
import type { FoundSheet } from './markers.ts';
import type { PhotoPixels } from './pixels.ts';

/**
 * The second stage of reading a paper table: the paper notes on the found sheets, each in the
 * cell where most of it lies. (Interface agreed for issue 20; the segmentation itself lands next.)
 */
export type SegmentedNote = {
  /** Index into the sheets `segmentNotes` was given. */
  readonly sheet: number;
  readonly cell: CellId;
  /** The share of the note's area inside `cell`, 0 to 1. */
  readonly inCell: number;
  readonly colour: NoteColour;
  /** The four corners in photo px, clockwise from the note's top left as it is read. */
  readonly corners: readonly Point[];
  /** The same corners on the sheet, mm. */
  readonly cornersMm: readonly Point[];
  readonly flags: readonly PhotoNoteFlag[];
};

/** The paper notes on `sheets` (from `detectSheets`) in reading order: sheet, cell, top to bottom. */
export function segmentNotes(_photo: PhotoPixels, _sheets: readonly FoundSheet[]): SegmentedNote[] {
  return [];
}

/** The note cut out of the photo and straightened, its longer side `side` px. */
export function cropNote(_photo: PhotoPixels, note: SegmentedNote, side: number): PhotoPixels {
  void note;
  return { width: side, height: side, data: new Uint8ClampedArray(side * side * 4) };
}
