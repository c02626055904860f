import type { Language } from '@avaa/board-model';
import type * as Y from 'yjs';
import { loadFonts } from './renderPdf.ts';

/**
 * The table as an image, made in the browser from the live documents like the PDFs (so every
 * participant can, in the language they chose): the SVG from `@avaa/print`, and a PNG drawn
 * from that SVG on a canvas. The server's export rasterises the same SVG with resvg.
 */
export async function renderBoardImage(
  doc: Y.Doc,
  workshopDoc: Y.Doc,
  options: { readonly format: 'png' | 'svg'; readonly paths: boolean; readonly sharp: boolean },
  date: string,
  language: Language,
): Promise<Blob | null> {
  const [print, fonts] = await Promise.all([import('@avaa/print'), loadFonts()]);
  const board = print.printableFromDoc(doc, { ...print.boardPrintOptions(workshopDoc, doc, date), language });
  if (!board) return null;
  const image = print.renderTableSvg(board, { paths: options.paths }, fonts);
  const svg = new Blob([image.svg], { type: 'image/svg+xml' });
  if (options.format === 'svg') return svg;
  const scale = Math.min(options.sharp ? 2 : 1, Math.sqrt(print.MAX_PIXELS / (image.width * image.height)));
  return rasterise(svg, Math.round(image.width * scale), Math.round(image.height * scale));
}

/** The SVG drawn on a white canvas of `width` x `height` pixels, as PNG. */
async function rasterise(svg: Blob, width: number, height: number): Promise<Blob | null> {
  const url = URL.createObjectURL(svg);
  try {
    const picture = new Image();
    picture.src = url;
    await picture.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.drawImage(picture, 0, 0, width, height);
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
