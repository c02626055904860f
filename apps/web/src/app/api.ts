import { isLanguage, type Language } from '@avaa/board-model';
import { type ApiError, isRole, type Role, readApiError, type WorkshopId } from '@avaa/protocol';
import { absoluteLink } from './absoluteLink.ts';

/** The server's JSON API (see server/README). Errors come back as values, never thrown. */
export type CreatedWorkshop = {
  readonly id: WorkshopId;
  readonly title: string;
  readonly language: Language;
  readonly links: {
    readonly facilitator: string;
    readonly participant: string;
    readonly projector: string;
    readonly feedback: string;
  };
  /** The short code people can type on the start page instead of scanning the QR code. */
  readonly joinCode?: string;
};

export type ApiFailure =
  | { readonly ok: false; readonly kind: 'network' }
  /** The server refused, naming why (API_ERRORS in @avaa/protocol). */
  | {
      readonly ok: false;
      readonly kind: 'refused';
      readonly error: ApiError;
      readonly status: number;
      readonly field?: string;
    }
  /** An answer that names none of our errors (a proxy's 502, say), or one we cannot read. */
  | { readonly ok: false; readonly kind: 'http'; readonly status: number };

/** What a failed answer says: the server's error by name, else only its status. */
export function failureOf(status: number, body: unknown): ApiFailure {
  const named = readApiError(body);
  if (!named) return { ok: false, kind: 'http', status };
  return { ok: false, kind: 'refused', status, error: named.error, ...(named.field ? { field: named.field } : {}) };
}

/** The answer's JSON, or an empty object when it has none. */
export function jsonOf(response: Response): Promise<Record<string, unknown>> {
  return response.json().then(
    (body: unknown) => (typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}),
    () => ({}),
  );
}

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
  const body = await jsonOf(response);
  if (response.status !== 201) return failureOf(response.status, body);
  const workshop = body as unknown as CreatedWorkshop;
  const links = Object.fromEntries(Object.entries(workshop.links).map(([role, link]) => [role, absoluteLink(link)]));
  return { ok: true, workshop: { ...workshop, links: links as CreatedWorkshop['links'] } };
}

export type WorkshopInfo = {
  readonly title: string;
  readonly language: Language;
  readonly role: Role;
  /** Given to facilitators only. */
  readonly joinCode?: string;
  /** Facilitators only: days after the last activity until the server deletes it (0: never). */
  readonly retentionDays?: number;
};

/** What the server says about our token: the board page uses it to explain a refusal early. */
export async function fetchWorkshop(
  id: WorkshopId,
  token: string,
): Promise<{ readonly ok: true; readonly info: WorkshopInfo } | ApiFailure> {
  try {
    const response = await fetch(`/api/workshops/${id}`, { headers: { authorization: `Bearer ${token}` } });
    const body = await jsonOf(response);
    if (!response.ok) return failureOf(response.status, body);
    if (!isLanguage(body.language) || !isRole(body.role)) return { ok: false, kind: 'http', status: 500 };
    const joinCode = typeof body.joinCode === 'string' ? { joinCode: body.joinCode } : {};
    const retention = typeof body.retentionDays === 'number' ? { retentionDays: body.retentionDays } : {};
    return {
      ok: true,
      info: { title: String(body.title ?? ''), language: body.language, role: body.role, ...joinCode, ...retention },
    };
  } catch {
    return { ok: false, kind: 'network' };
  }
}

export type WorkshopLinks = { readonly participant: string; readonly projector: string; readonly feedback: string };

/**
 * The workshop's shareable links again, for the facilitator: `GET /api/workshops/<id>/boards`
 * gives the role tokens, and the links are this page's origin with the token in the fragment.
 */
export async function fetchWorkshopLinks(
  id: WorkshopId,
  token: string,
): Promise<{ readonly ok: true; readonly links: WorkshopLinks } | ApiFailure> {
  try {
    const response = await fetch(`/api/workshops/${id}/boards`, { headers: { authorization: `Bearer ${token}` } });
    const answer = await jsonOf(response);
    if (!response.ok) return failureOf(response.status, answer);
    const body = answer as { sync?: { tokens?: Record<string, unknown> } };
    const { participant, viewer } = body.sync?.tokens ?? {};
    if (typeof participant !== 'string' || typeof viewer !== 'string') return { ok: false, kind: 'http', status: 500 };
    const page = `${window.location.origin}/w/${id}`;
    return {
      ok: true,
      links: {
        participant: `${page}#token=${participant}`,
        projector: `${page}/projector#token=${viewer}`,
        feedback: `${page}/feedback#token=${viewer}`,
      },
    };
  } catch {
    return { ok: false, kind: 'network' };
  }
}

/**
 * DELETE /api/workshops/<id> with the facilitator's token: deletes the workshop and everything
 * in it at once (server/README.md "Retention and erasure"). True once it is gone.
 */
export async function deleteWorkshop(id: WorkshopId, token: string): Promise<boolean> {
  try {
    const response = await fetch(`/api/workshops/${id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}` },
    });
    return response.status === 204;
  } catch {
    return false;
  }
}
