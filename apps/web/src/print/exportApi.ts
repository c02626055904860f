import { readApiError, type WorkshopId } from '@avaa/protocol';
import { type ApiFailure, type CreatedWorkshop, failureOf, jsonOf } from '../app/api.ts';

export type DataFormat = 'json' | 'csv' | 'md';

/** The file name from the server's `Content-Disposition`, else our own. */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const match = /filename="?([^";]+)"?/i.exec(header);
  return match?.[1] ?? fallback;
}

/** `GET /api/workshops/<id>/export?format=` with the facilitator's token in the header. */
export async function fetchExport(
  id: WorkshopId,
  token: string,
  format: DataFormat,
): Promise<{ readonly ok: true; readonly blob: Blob; readonly fileName: string } | ApiFailure> {
  try {
    const response = await fetch(`/api/workshops/${id}/export?format=${format}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) return failureOf(response.status, await jsonOf(response));
    return { ok: true, blob: await response.blob(), fileName: fileNameOf(response, `avaa-${id}.${format}`) };
  } catch {
    return { ok: false, kind: 'network' };
  }
}

export type ImportProblem = { readonly path: string; readonly reason: string };

export type ImportResult =
  | { readonly ok: true; readonly workshop: CreatedWorkshop }
  | { readonly ok: false; readonly kind: 'invalid'; readonly errors: readonly ImportProblem[] }
  | ApiFailure;

/** `POST /api/workshops/import`: the file's text as it is; the server validates every field. */
export async function importWorkshop(text: string): Promise<ImportResult> {
  let response: Response;
  try {
    response = await fetch('/api/workshops/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: text,
    });
  } catch {
    return { ok: false, kind: 'network' };
  }
  const body = await jsonOf(response);
  if (response.status === 201) return { ok: true, workshop: body as unknown as CreatedWorkshop };
  if (readApiError(body)?.error === 'invalid-export' && Array.isArray(body.errors)) {
    const errors = body.errors.map((entry: unknown) => {
      const { path, reason } = (entry ?? {}) as Record<string, unknown>;
      return { path: String(path ?? ''), reason: String(reason ?? '') };
    });
    return { ok: false, kind: 'invalid', errors };
  }
  return failureOf(response.status, body);
}
