import type { imageFi } from './fi.ts';

export const imageSv: Readonly<Record<keyof typeof imageFi, string>> = {
  'image.format': 'Format',
  'image.format.pdf': 'PDF för utskrift',
  'image.format.png': 'Bild (PNG)',
  'image.format.svg': 'SVG',
  'image.format.help':
    'En bild för bildspel och intranät: 1920 px bred; en full tavla blir bredare så att lapparna går att läsa. Bilden väljer pappersstorleken själv.',
  'image.sharp': 'Skarp bild (dubbel storlek)',
  'image.download.png': 'Ladda ner bild (PNG)',
  'image.download.svg': 'Ladda ner SVG',
  'image.failed': 'Det gick inte att göra bilden. Försök igen.',
  'image.alt': 'Förhandsvisning: {name}',
  'image.open': 'Öppna bilden i en ny flik',
};
