import { isLanguage, type Language } from '@avaa/board-model';
import { isRole, type Role, type WorkshopId } from '@avaa/protocol';
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
    if (!response.ok) return { ok: false, kind: 'http', status: response.status };
    const body = (await response.json()) as Record<string, unknown>;
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
    if (!response.ok) return { ok: false, kind: 'http', status: response.status };
    const body = (await response.json()) as { sync?: { tokens?: Record<string, unknown> } };
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
