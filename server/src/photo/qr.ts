// jsQR is CommonJS whose function is also its own `default` (TypeScript sees only that one).
import jsQRModule from 'jsqr';
import { cropNote } from './crop.ts';
import { type Point, project } from './homography.ts';
import type { FoundSheet } from './markers.ts';
import type { PhotoPixels } from './pixels.ts';

const jsQR = jsQRModule.default;

/** The quiet zone around the code read with it, as a share of its side. */
const QUIET = 0.15;
/** The code cut out square-on at these sides in turn (px): a few px per module either way. */
const SIDES = [400, 640] as const;

/**
 * The link in a photographed blank template's QR code (the only printout with one): the code is
 * where the layout puts it (`qr`), cut out square-on through the sheet's homography and read with
 * jsQR. Undefined where no sheet has one, or it cannot be read (too small or blurred on the photo).
 */
export function readPrintedQr(photo: PhotoPixels, sheets: readonly FoundSheet[]): string | undefined {
  for (const sheet of sheets) {
    const rect = sheet.layout.qr;
    if (!rect) continue;
    const m = rect.width * QUIET;
    const cornersMm: Point[] = [
      { x: rect.x - m, y: rect.y - m },
      { x: rect.x + rect.width + m, y: rect.y - m },
      { x: rect.x + rect.width + m, y: rect.y + rect.height + m },
      { x: rect.x - m, y: rect.y + rect.height + m },
    ];
    const corners = cornersMm.map((p) => project(sheet.pageToPhoto, p));
    for (const side of SIDES) {
      const image = cropNote(photo, { corners, cornersMm }, side);
      const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height, {
        inversionAttempts: 'dontInvert',
      });
      if (code?.data) return code.data;
    }
  }
  return undefined;
}
