export { checkImageWrites, type ImageWriteRefusal } from './imageWrites.ts';
export {
  asNoteImage,
  forgetStoredImages,
  IMAGE_SOURCE_KINDS,
  IMAGES_ROOT,
  type ImageSource,
  type ImageSourceKind,
  imagesToErase,
  isPhotoNoteKey,
  NOTE_IMAGE_KEY,
  type NoteImage,
  readNoteImage,
  readStoredImage,
  recordStoredImage,
  referencedImages,
  type StoredImage,
  storedImageIds,
  storedImagesMap,
} from './noteImage.ts';
export { setNoteImage } from './setNoteImage.ts';
