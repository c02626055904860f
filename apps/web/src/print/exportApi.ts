import { ApiError, type DataFormat, type ImportProblem, type WorkshopId } from '@avaa/protocol';
import * as api from '@avaa/workshop-client';
import { type ApiFailure, type CreatedWorkshop, withAbsoluteLinks } from '../app/api.ts';

export type { DataFormat, ImportProblem };

/** `GET /api/workshops/<id>/export?format=` with the facilitator's token in the header. */
export async function fetchExport(
  id: WorkshopId,
  token: string,
  format: DataFormat,
): Promise<{ readonly ok: true; readonly blob: Blob; readonly fileName: string } | ApiFailure> {
  const file = await api.fetchExport('', id, token, format);
  return file.ok ? { ok: true, blob: file.value.blob, fileName: file.value.fileName } : file;
}

export type ImportResult =
  | { readonly ok: true; readonly workshop: CreatedWorkshop }
  | { readonly ok: false; readonly kind: 'invalid'; readonly errors: readonly ImportProblem[] }
  | ApiFailure;

/** `POST /api/workshops/import`: the file's text as it is; the server validates every field. */
export async function importWorkshop(text: string): Promise<ImportResult> {
  const imported = await api.importWorkshop('', text);
  if (imported.ok) return { ok: true, workshop: withAbsoluteLinks(imported.value) };
  if (imported.kind === 'refused' && imported.error === ApiError.invalidExport && imported.problems) {
    return { ok: false, kind: 'invalid', errors: imported.problems };
  }
  return imported;
}
