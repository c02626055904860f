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
  'error.no-printout-found':
    'Ingen utskrift från Avaa hittades på bilden. Ta bilden så att tabellens hörnmarkeringar syns.',
  'error.printout-of-another-board':
    'Utskriften på bilden gjordes för en annan tavla. Öppna utskriftens tavla och fotografera den där.',
  'error.photo-busy': 'Bilder läses just för andra. Försök igen om en stund.',
  'error.photo-timed-out': 'Det tog för länge att läsa bilden. Försök igen med en skarpare bild.',
};
