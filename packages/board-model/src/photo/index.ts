export * from './addPhotoNotes.ts';
