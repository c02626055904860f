import type { noteImagesFi } from './fi.ts';

/** Images on notes (English). */
export const noteImagesEn: Record<keyof typeof noteImagesFi, string> = {
  'noteImage.alt': 'Photo on the note',
  'noteImage.altWithText': 'Photo on the note: {text}',
  'noteImage.attach': 'Add image',
  'noteImage.replace': 'Replace image',
  'noteImage.remove': 'Remove image',
  'noteImage.uploading': 'Saving the image…',
  'noteImage.attached': 'Image added to the note.',
  'noteImage.removed': 'Image removed from the note.',
  'noteImage.failed': 'The image could not be saved. Try again.',
  'noteImage.fromPhoto': 'From photo {date}',
  'error.not-an-image': 'The file is not a JPEG or PNG image.',
  'error.image-too-large': 'The image is too large (at most 20 MB and 50 megapixels).',
  'error.too-many-images': 'The board already holds as many images as it can.',
  'error.no-printout-found':
    "No Avaa printout was found on the photo. Take it so that the table's corner markers show.",
  'error.printout-of-another-board':
    'The printout on the photo was made for another board. Open that board and photograph it there.',
  'error.photo-busy': 'Photos are being read for others right now. Try again in a moment.',
  'error.photo-timed-out': 'Reading the photo took too long. Try again with a sharper photo.',
};
