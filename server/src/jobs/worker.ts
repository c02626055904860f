/**
 * A heavy-job worker process (forked by pool.ts): PDFs, images, exports and import parsing run here, so
 * the server's event loop stays free for sockets. One job at a time; the parent kills the
 * process when a job runs past its time limit.
 */
import { type DataExportInput, type PdfInput, renderDataExport, renderPdf } from './exportJobs.ts';
import { type ImageInput, renderImage } from './imageJob.ts';
import { type ImportInput, parseImport } from './importJob.ts';
import type { JobKind } from './kinds.ts';
import { serveJobs } from './serve.ts';

async function run(kind: JobKind, input: unknown): Promise<unknown> {
  switch (kind) {
    case 'import':
      return parseImport(input as ImportInput);
    case 'dataExport':
      return renderDataExport(input as DataExportInput);
    case 'pdf':
      return renderPdf(input as PdfInput);
    case 'image':
      return renderImage(input as ImageInput);
    case 'photo':
      throw new Error('photos are read in the photo pool (photo/photoWorker.ts)');
  }
}

serveJobs(run);
