import type { Language } from '@avaa/protocol';
import type { PhotoRead } from '../photo/readPhoto.ts';
import type { DataExportInput, PdfInput } from './exportJobs.ts';
import type { ImageInput } from './imageJob.ts';
import type { ImportInput, ImportOutput } from './importJob.ts';

/** What each kind of job takes and gives; both cross the process boundary as structured clones. */
export type JobKinds = {
  readonly import: { readonly input: ImportInput; readonly output: ImportOutput };
  readonly dataExport: { readonly input: DataExportInput; readonly output: Uint8Array };
  readonly pdf: { readonly input: PdfInput; readonly output: Uint8Array };
  readonly image: { readonly input: ImageInput; readonly output: Uint8Array };
  /** Paper to table, in the photo pool's own workers (photo/photoWorker.ts). */
  readonly photo: { readonly input: PhotoInput; readonly output: PhotoRead };
};

export type PhotoInput = { readonly body: Uint8Array; readonly language: Language };
export type JobKind = keyof JobKinds;

/**
 * Parent to worker: one job. Its byte arrays follow on the worker's pipe (blobs.ts); `blobs`
 * holds their lengths.
 */
export type JobRequest = {
  readonly id: number;
  readonly kind: JobKind;
  readonly input: unknown;
  readonly blobs: readonly number[];
};
/** Worker to parent: ready once loaded, then one answer per job (its byte arrays on the pipe). */
export type WorkerMessage =
  | { readonly ready: true }
  | { readonly id: number; readonly ok: true; readonly output: unknown; readonly blobs: readonly number[] }
  | { readonly id: number; readonly ok: false; readonly error: string; readonly message: string };
