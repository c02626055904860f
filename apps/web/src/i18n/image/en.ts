import type { imageFi } from './fi.ts';

export const imageEn: Readonly<Record<keyof typeof imageFi, string>> = {
  'image.format': 'Format',
  'image.format.pdf': 'PDF for printing',
  'image.format.png': 'Image (PNG)',
  'image.format.svg': 'SVG',
  'image.format.help':
    'An image for slides and the intranet: 1920 px wide; a full board is wider so its notes stay legible. The image picks its paper size itself.',
  'image.sharp': 'Sharp image (double size)',
  'image.download.png': 'Download image (PNG)',
  'image.download.svg': 'Download SVG',
  'image.failed': 'Making the image failed. Try again.',
  'image.alt': 'Preview: {name}',
  'image.open': 'Open the image in a new tab',
};
