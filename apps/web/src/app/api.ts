import type { CreatedWorkshop as Created, Language, WorkshopId, WorkshopSummary } from '@avaa/protocol';
import * as api from '@avaa/workshop-client';
import { absoluteLink } from './absoluteLink.ts';

// The server's JSON API through @avaa/workshop-client (answers checked against @avaa/protocol's
// contract), shaped as this app's pages use it. Errors come back as values, never thrown.

/** What the start page shows of a workshop created (or reopened) on this device. */
export type CreatedWorkshop = Pick<Created, 'id' | 'title' | 'language' | 'links'> & {
  /** The short code people can type on the start page instead of scanning the QR code. */
  readonly joinCode?: string;
};

export type ApiFailure = api.ApiFailure;

/** This page's own server: calls go to its origin. */
const HERE = '';

/** Links made whole on this page's origin (the server may answer with relative ones). */
export function withAbsoluteLinks<T extends { readonly links: Readonly<Record<string, string>> }>(workshop: T): T {
  const links = Object.fromEntries(Object.entries(workshop.links).map(([role, link]) => [role, absoluteLink(link)]));
  return { ...workshop, links: links as T['links'] };
}

export async function createWorkshop(
  title: string,
  language: Language,
): Promise<{ readonly ok: true; readonly workshop: CreatedWorkshop } | ApiFailure> {
  const created = await api.createWorkshop(HERE, { title, language });
  return created.ok ? { ok: true, workshop: withAbsoluteLinks(created.value) } : created;
}

export type WorkshopInfo = Omit<WorkshopSummary, 'id'>;

/** What the server says about our token: the board page uses it to explain a refusal early. */
export async function fetchWorkshop(
  id: WorkshopId,
  token: string,
): Promise<{ readonly ok: true; readonly info: WorkshopInfo } | ApiFailure> {
  const summary = await api.fetchWorkshop(HERE, id, token);
  return summary.ok ? { ok: true, info: summary.value } : summary;
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
  const boards = await api.fetchWorkshopBoards(HERE, id, token);
  if (!boards.ok) return boards;
  const { participant, viewer } = boards.value.sync.tokens;
  const page = `${window.location.origin}/w/${id}`;
  return {
    ok: true,
    links: {
      participant: `${page}#token=${participant}`,
      projector: `${page}/projector#token=${viewer}`,
      feedback: `${page}/feedback#token=${viewer}`,
    },
  };
}

/**
 * DELETE /api/workshops/<id> with the facilitator's token: deletes the workshop and everything
 * in it at once (server/README.md "Retention and erasure"). True once it is gone.
 */
export async function deleteWorkshop(id: WorkshopId, token: string): Promise<boolean> {
  return (await api.deleteWorkshop(HERE, id, token)).ok;
}
