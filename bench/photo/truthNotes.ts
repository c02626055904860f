import type { NoteColour } from '@avaa/board-model';
import { fitHomography, project } from '../../server/src/photo/homography.ts';
import type { SegmentedNote } from '../../server/src/photo/notes.ts';
import type { PhotoPixels } from '../../server/src/photo/pixels.ts';
import type { Truth } from './generate.ts';

/**
 * The generator's truth in the segmentation stage's shape (server/src/photo/notes.ts), so the
 * pipeline's later stages (text recognition, encoding) can be measured on every note of a photo
 * whatever the segmentation finds.
 */
export function truthNotes(truth: Truth): SegmentedNote[] {
  return truth.notes
    .filter((note) => note.cell !== undefined)
    .map((note) => ({
      sheet: 0,
      cell: note.cell!,
      inCell: note.crossesBorder ? 0.6 : 1,
      colour: note.colour as NoteColour,
      corners: note.photo,
      cornersMm: note.page,
      flags: [],
    }));
}

/** The note cut out straight by the homography from its corners, bilinear: what cropNote does. */
export function truthCrop(photo: PhotoPixels, note: SegmentedNote, side: number): PhotoPixels {
  const square = [
    { x: 0, y: 0 },
    { x: side, y: 0 },
    { x: side, y: side },
    { x: 0, y: side },
  ];
  const map = fitHomography(square, note.corners);
  const data = new Uint8ClampedArray(side * side * 4);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const p = project(map, { x: x + 0.5, y: y + 0.5 });
      const sx = Math.min(photo.width - 2, Math.max(0, p.x - 0.5));
      const sy = Math.min(photo.height - 2, Math.max(0, p.y - 0.5));
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      const i = (y0 * photo.width + x0) * 4;
      const j = i + photo.width * 4;
      const o = (y * side + x) * 4;
      for (let c = 0; c < 3; c++) {
        const top = photo.data[i + c]! * (1 - fx) + photo.data[i + 4 + c]! * fx;
        const bottom = photo.data[j + c]! * (1 - fx) + photo.data[j + 4 + c]! * fx;
        data[o + c] = top * (1 - fy) + bottom * fy;
      }
      data[o + 3] = 255;
    }
  }
  return { width: side, height: side, data };
}
