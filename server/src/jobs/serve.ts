import { Socket } from 'node:net';
import { BlobReader, packBlobs, unpackBlobs, writeBlobs } from './blobs.ts';
import type { JobKind, JobRequest, WorkerMessage } from './kinds.ts';

/**
 * A worker process's side of pool.ts: reads each job (its bytes off fd 3), runs it, answers with
 * its output (bytes back on fd 3) or its error's name. Says it is ready once called, so a worker
 * that prepares something slow (photoWorker.ts's text recogniser) calls this after.
 */
export function serveJobs(run: (kind: JobKind, input: unknown) => Promise<unknown>): void {
  const pipe = new Socket({ fd: 3, readable: true, writable: true });
  const reader = new BlobReader(pipe);
  const send = (message: WorkerMessage) => process.send?.(message);
  process.on('message', (request: JobRequest) => {
    reader
      .read(request.blobs)
      .then((blobs) => run(request.kind, unpackBlobs(request.input, blobs)))
      .then(
        (output) => {
          const packed = packBlobs(output);
          send({ id: request.id, ok: true, output: packed.value, blobs: packed.blobs.map((blob) => blob.length) });
          writeBlobs(pipe, packed.blobs);
        },
        (error: unknown) => {
          const failure = error instanceof Error ? error : new Error(String(error));
          send({ id: request.id, ok: false, error: failure.name, message: failure.message });
        },
      );
  });
  // The server went away (or closed the pool): nothing is left to do.
  process.on('disconnect', () => process.exit(0));
  send({ ready: true });
}
