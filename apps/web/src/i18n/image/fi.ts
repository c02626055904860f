/** The table as an image in the print dialog (Finnish, the source). */
export const imageFi = {
  'image.format': 'Muoto',
  'image.format.pdf': 'PDF tulostettavaksi',
  'image.format.png': 'Kuva (PNG)',
  'image.format.svg': 'SVG',
  'image.format.help':
    'Kuva dioihin ja intranetiin: 1920 px leveä; täysi taulu on leveämpi, jotta laput pysyvät luettavina. Paperikoon kuva valitsee itse.',
  'image.sharp': 'Tarkka kuva (kaksinkertainen koko)',
  'image.download.png': 'Lataa kuva (PNG)',
  'image.download.svg': 'Lataa SVG',
  'image.failed': 'Kuvan tekeminen epäonnistui. Yritä uudelleen.',
  'image.alt': 'Esikatselu: {name}',
  'image.open': 'Avaa kuva uudessa välilehdessä',
} as const;
