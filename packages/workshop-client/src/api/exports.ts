import { type CreatedWorkshop, checkCreatedWorkshop, type DataFormat, type WorkshopId } from '@avaa/protocol';
import { type ApiResult, callJson, callRaw } from './call.ts';

/** A downloaded file and the name the server gave it (`Content-Disposition`). */
export type ExportFile = { readonly blob: Blob; readonly fileName: string; readonly type: string };

/**
 * GET /api/workshops/<id>/export?format=… (facilitator): the whole workshop as data. A PDF's
 * parameters (`kind`, `paper`, `board`…) go in `params` as the server reads them.
 */
export async function fetchExport(
  base: string,
  id: WorkshopId,
  token: string,
  format: DataFormat | 'pdf',
  params: Readonly<Record<string, string>> = {},
): Promise<ApiResult<ExportFile>> {
  const query = new URLSearchParams({ ...params, format });
  const path = `/api/workshops/${encodeURIComponent(id)}/export?${query}`;
  const answer = await callRaw({ base, path, token }, {}, 200);
  if (!answer.ok) return answer;
  const response = answer.value;
  const fileName = fileNameOf(response) ?? `avaa-${id}.${format}`;
  try {
    return {
      ok: true,
      value: { blob: await response.blob(), fileName, type: response.headers.get('content-type') ?? '' },
    };
  } catch {
    return { ok: false, kind: 'network' };
  }
}

function fileNameOf(response: Response): string | undefined {
  const header = response.headers.get('content-disposition') ?? '';
  return /filename="?([^";]+)"?/i.exec(header)?.[1];
}

/**
 * POST /api/workshops/import with an export file's text as it is (the server validates every
 * field): a new workshop, answered as creation is. `invalid-export` carries `problems`.
 */
export function importWorkshop(base: string, exportText: string): Promise<ApiResult<CreatedWorkshop>> {
  return callJson(
    { base, path: '/api/workshops/import' },
    { method: 'POST', text: exportText },
    201,
    checkCreatedWorkshop,
  );
}
