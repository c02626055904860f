/**
 * A photo worker process (forked by detect.ts's pool): reads one photo at a time (readPhoto.ts)
 * with a text recogniser started once and kept for the next photo. It says it is ready only
 * once the recogniser has started, so a photo's time limit counts the photo's work alone. The
 * photo's bytes arrive on a pipe and leave with the job: nothing of it is written anywhere.
 */
import { availableParallelism } from 'node:os';
import type { JobKind, PhotoInput } from '../jobs/kinds.ts';
import { serveJobs } from '../jobs/serve.ts';
import { readPhoto } from './readPhoto.ts';
import { TextReader } from './text.ts';

// Two engines on two cores or more: a photo's notes are read two at a time (about a fifth
// faster even on a loaded 2-core machine; bench/photo/pipelineBench.ts), the event loop's process
// being idle meanwhile.
const reader = await TextReader.start('fi', Math.min(2, availableParallelism()));

serveJobs(async (kind: JobKind, input: unknown) => {
  if (kind !== 'photo') throw new Error(`a photo worker runs no ${kind} job`);
  const { body, language } = input as PhotoInput;
  return readPhoto(body, { language, reader });
});
