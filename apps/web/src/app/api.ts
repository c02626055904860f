import { isLanguage, type Language } from '@avaa/board-model';
import { isRole, type Role, type WorkshopId } from '@avaa/protocol';

/** The server's JSON API (see server/README). Errors come back as values, never thrown. */
export type CreatedWorkshop = {
  readonly id: WorkshopId;
  readonly title: string;
  readonly language: Language;
  readonly links: { readonly facilitator: string; readonly participant: string; readonly projector: string };
};

export type ApiFailure =
  | { readonly ok: false; readonly kind: 'network' }
  | { readonly ok: false; readonly kind: 'http'; readonly status: number; readonly field?: string };

export async function createWorkshop(
  title: string,
  language: Language,
): Promise<{ readonly ok: true; readonly workshop: CreatedWorkshop } | ApiFailure> {
  let response: Response;
  try {
    response = await fetch('/api/workshops', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title, language }),
    });
  } catch {
    return { ok: false, kind: 'network' };
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.status !== 201) {
    const field = typeof body.field === 'string' ? body.field : undefined;
    return { ok: false, kind: 'http', status: response.status, ...(field ? { field } : {}) };
  }
  return { ok: true, workshop: body as unknown as CreatedWorkshop };
}

export type WorkshopInfo = { readonly title: string; readonly language: Language; readonly role: Role };

/** What the server says about our token: the board page uses it to explain a refusal early. */
export async function fetchWorkshop(
  id: WorkshopId,
  token: string,
): Promise<{ readonly ok: true; readonly info: WorkshopInfo } | ApiFailure> {
  try {
    const response = await fetch(`/api/workshops/${id}`, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) return { ok: false, kind: 'http', status: response.status };
    const body = (await response.json()) as Record<string, unknown>;
    if (!isLanguage(body.language) || !isRole(body.role)) return { ok: false, kind: 'http', status: 500 };
    return { ok: true, info: { title: String(body.title ?? ''), language: body.language, role: body.role } };
  } catch {
    return { ok: false, kind: 'network' };
  }
}
