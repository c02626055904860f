import { join } from 'node:path';
import { MAX_PIXELS, renderTableSvg } from '@avaa/print';
import { fontDirectory, loadFonts } from '@avaa/print/node';
import { Resvg } from '@resvg/resvg-js';
import { printableBoard, type RoomUpdates } from './exportJobs.ts';

export type ImageInput = {
  readonly workshop: Uint8Array;
  readonly updates: RoomUpdates;
  readonly format: 'png' | 'svg';
  readonly paths: boolean;
  /** 2: twice the pixels each way, as far as the pixel limit allows. */
  readonly scale: 1 | 2;
  /** `YYYY-MM-DD`, printed in the header. */
  readonly date: string;
};

/**
 * The table as SVG text (UTF-8) or a PNG rasterised from that same SVG by resvg, with the
 * PDFs' own DejaVu files and no system fonts: every server draws the same pixels.
 */
export async function renderImage(input: ImageInput): Promise<Uint8Array> {
  const board = printableBoard(input.workshop, input.updates, input.date);
  const image = renderTableSvg(board, { paths: input.paths }, await loadFonts());
  if (input.format === 'svg') return Buffer.from(image.svg, 'utf8');
  const scale = Math.min(input.scale, Math.sqrt(MAX_PIXELS / (image.width * image.height)));
  const dir = fontDirectory();
  const resvg = new Resvg(image.svg, {
    fitTo: { mode: 'width', value: Math.round(image.width * scale) },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      fontFiles: [join(dir, 'DejaVuSans.ttf'), join(dir, 'DejaVuSans-Bold.ttf')],
      defaultFontFamily: 'DejaVu Sans',
    },
  });
  return resvg.render().asPng();
}
