import type { jsPDF } from 'jspdf';
import QRCode from 'qrcode';

export const QR_ERROR_CORRECTION = 'M';
/** Light modules around the code; the white table corner around it adds to them. */
export const QR_QUIET_ZONE = 2;

/**
 * A QR code drawn as vector squares (one rectangle per run of dark modules in a row), so it
 * stays sharp at any print size and needs no canvas or image codec.
 */
export function drawQrCode(doc: jsPDF, url: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: QR_ERROR_CORRECTION });
  const quiet = QR_QUIET_ZONE;
  const cell = size / (modules.size + 2 * quiet);
  doc.setFillColor(255, 255, 255);
  doc.rect(x, y, size, size, 'F');
  doc.setFillColor(0, 0, 0);
  for (let row = 0; row < modules.size; row++) {
    let start = -1;
    for (let column = 0; column <= modules.size; column++) {
      const dark = column < modules.size && modules.get(row, column) === 1;
      if (dark && start < 0) start = column;
      if (!dark && start >= 0) {
        doc.rect(x + (quiet + start) * cell, y + (quiet + row) * cell, (column - start) * cell, cell, 'F');
        start = -1;
      }
    }
  }
}
