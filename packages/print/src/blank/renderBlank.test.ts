import { DIMENSIONS, LANGUAGES, PHASES } from '@avaa/board-model';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { labelsFor } from '../labels.ts';
import { qrRect } from '../table/geometry.ts';
import { fonts } from '../testing/fonts.ts';
import {
  inkCoverage,
  occurrences,
  pdfPages,
  pdfText,
  points,
  renderGrey,
  squash,
  writePdf,
} from '../testing/pdfTools.ts';
import { QR_ERROR_CORRECTION, QR_QUIET_ZONE } from './qr.ts';
import { blankGeometry, renderBlankTemplate } from './renderBlank.ts';

const url = 'https://avaa.example.fi/w/k7x2/board';

describe('the blank template', () => {
  it.each(LANGUAGES)('has every cell prompt in %s, headers and the board link', (language) => {
    const path = writePdf(renderBlankTemplate({ language, paper: 'A3', url }, fonts), `blank-${language}`);
    const pages = pdfPages(path);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.width).toBeCloseTo(points(420), 1);
    const text = squash(pdfText(path, 'raw'));
    for (const phase of PHASES) {
      expect(text).toContain(squash(phase.name[language]));
      expect(occurrences(text, squash(phase.prompt[language])), phase.id).toBe(3);
    }
    for (const dimension of DIMENSIONS) {
      expect(text).toContain(squash(dimension.name[language]));
      expect(occurrences(text, squash(dimension.question[language])), dimension.id).toBe(5);
    }
    expect(text).toContain(labelsFor(language).blankTemplate);
    expect(text).toContain(url);
  });

  it('draws the QR code of the url, module for module', () => {
    const path = writePdf(renderBlankTemplate({ language: 'fi', paper: 'A4', url }, fonts), 'blank-qr');
    expect(inkCoverage(path, 1, 72)).toBeGreaterThan(0.02);
    const dpi = 300;
    const image = renderGrey(path, 1, dpi);
    const { modules } = QRCode.create(url, { errorCorrectionLevel: QR_ERROR_CORRECTION });
    const rect = qrRect(blankGeometry('A4'));
    const module = rect.width / (modules.size + 2 * QR_QUIET_ZONE);
    const px = (mm: number) => Math.round((mm / 25.4) * dpi);
    let wrong = 0;
    for (let row = -1; row <= modules.size; row++) {
      for (let column = -1; column <= modules.size; column++) {
        const x = px(rect.x + (QR_QUIET_ZONE + column + 0.5) * module);
        const y = px(rect.y + (QR_QUIET_ZONE + row + 0.5) * module);
        const inside = row >= 0 && column >= 0 && row < modules.size && column < modules.size;
        const dark = inside && modules.get(row, column) === 1;
        if (image.pixels[y * image.width + x]! < 128 !== dark) wrong++;
      }
    }
    expect(wrong).toBe(0);
  });
});
