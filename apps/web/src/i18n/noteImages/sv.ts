import type { noteImagesFi } from './fi.ts';

/** Images on notes (Swedish). */
export const noteImagesSv: Record<keyof typeof noteImagesFi, string> = {
  'noteImage.alt': 'Bild på lappen',
  'noteImage.altWithText': 'Bild på lappen: {text}',
  'noteImage.attach': 'Lägg till bild',
  'noteImage.replace': 'Byt bild',
  'noteImage.remove': 'Ta bort bilden',
  'noteImage.uploading': 'Bilden sparas…',
  'noteImage.attached': 'Bilden har lagts till på lappen.',
  'noteImage.removed': 'Bilden har tagits bort från lappen.',
  'noteImage.failed': 'Bilden kunde inte sparas. Försök igen.',
  'noteImage.fromPhoto': 'Från foto {date}',
  'error.not-an-image': 'Filen är inte en JPEG- eller PNG-bild.',
  'error.image-too-large': 'Bilden är för stor (högst 20 MB och 50 megapixlar).',
  'error.too-many-images': 'Tavlan har redan så många bilder som kan sparas.',
};
