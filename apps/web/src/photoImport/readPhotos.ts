import { newNotes } from '@avaa/board-model';
import { ApiError, type PhotoNote } from '@avaa/protocol';
import { type ApiFailure, type ImageTarget, postPhoto } from '@avaa/workshop-client';
import type { MessageKey, Translate } from '../i18n/index.ts';

/**
 * What reading the photos gave: every note found (each paper note once, repeatedNotes.ts), how
 * many a later photo showed again, and why any photo gave none.
 */
export type PhotosRead = {
  readonly notes: readonly PhotoNote[];
  readonly repeated: number;
  readonly problems: readonly string[];
};

/** The refusals of the photo API a person can act on, each with its message. */
const TOLD: ReadonlySet<string> = new Set([
  ApiError.noPrintoutFound,
  ApiError.photoBusy,
  ApiError.printoutOfAnotherBoard,
  ApiError.photoTimedOut,
  ApiError.notAnImage,
  ApiError.imageTooLarge,
  ApiError.bodyTooLarge,
  ApiError.tooManyImages,
]);

/**
 * Sends the photos one after another (the server reads one photo per request and has few
 * readers: in parallel they would only wait for each other, or be refused as busy), telling
 * `progress` which one is being read.
 */
export async function readPhotos(
  target: ImageTarget,
  files: readonly Blob[],
  t: Translate,
  progress: (number: number) => void,
): Promise<PhotosRead> {
  const notes: PhotoNote[] = [];
  let repeated = 0;
  const problems: string[] = [];
  for (const [index, file] of files.entries()) {
    progress(index + 1);
    const answer = await postPhoto(target, file);
    if (!answer.ok) {
      problems.push(t('photo.photoFailed', { number: index + 1, reason: failureWords(t, answer) }));
      continue;
    }
    const more = newNotes(notes, answer.value);
    notes.push(...more.notes);
    repeated += more.repeated;
  }
  return { notes, repeated, problems };
}

/** Why a photo was not read, in the person's language (by the error's name, never its status). */
export function failureWords(t: Translate, failure: ApiFailure): string {
  if (failure.kind === 'network') return t('photo.error.network');
  if (failure.kind === 'refused' && TOLD.has(failure.error)) return t(`error.${failure.error}` as MessageKey);
  return t('photo.error.other', { status: failure.status });
}
