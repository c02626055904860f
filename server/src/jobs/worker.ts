/**
 * A heavy-job worker process (forked by pool.ts): PDFs, images, exports and import parsing run here, so
 * the server's event loop stays free for sockets. One job at a time; the parent kills the
 * process when a job runs past its time limit.
 */
import { Socket } from 'node:net';
import { BlobReader, packBlobs, unpackBlobs, writeBlobs } from './blobs.ts';
import { type DataExportInput, type PdfInput, renderDataExport, renderPdf } from './exportJobs.ts';
import { type ImageInput, renderImage } from './imageJob.ts';
import { type ImportInput, parseImport } from './importJob.ts';
import type { JobRequest, WorkerMessage } from './kinds.ts';

const pipe = new Socket({ fd: 3, readable: true, writable: true });
const reader = new BlobReader(pipe);

function send(message: WorkerMessage): void {
  process.send?.(message);
}

async function run(request: JobRequest): Promise<unknown> {
  const input = unpackBlobs(request.input, await reader.read(request.blobs));
  switch (request.kind) {
    case 'import':
      return parseImport(input as ImportInput);
    case 'dataExport':
      return renderDataExport(input as DataExportInput);
    case 'pdf':
      return renderPdf(input as PdfInput);
    case 'image':
      return renderImage(input as ImageInput);
  }
}

process.on('message', (request: JobRequest) => {
  run(request).then(
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
