export * from './addPhotoNotes.ts';
export * from './repeatedNotes.ts';
