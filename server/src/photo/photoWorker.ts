/**
 * A photo worker process (forked by detect.ts's pool): reads one photo at a time (readPhoto.ts)
 * with a text recogniser started once and kept for the next photo. It says it is ready only
 * once the recogniser has started, so a photo's time limit counts the photo's work alone. The
 * photo's bytes arrive on a pipe and leave with the job: nothing of it is written anywhere.
 */
import type { JobKind, PhotoInput } from '../jobs/kinds.ts';
import { serveJobs } from '../jobs/serve.ts';
import { readPhoto } from './readPhoto.ts';
import { TextReader } from './text.ts';

const reader = await TextReader.start();

serveJobs(async (kind: JobKind, input: unknown) => {
  if (kind !== 'photo') throw new Error(`a photo worker runs no ${kind} job`);
  const { body, language } = input as PhotoInput;
  return readPhoto(body, { language, reader });
});
