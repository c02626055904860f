import { ApiError } from '../apiErrors.ts';
import { isRole, ROLES, type Role } from '../roles.ts';
import { isWorkshopId, type WorkshopId } from '../rooms.ts';
import { isLanguage, type Language } from '../vocabulary.ts';
import { type Check, finiteNumber, guarded, object, optional, string } from './check.ts';

/**
 * POST /api/workshops `{title, language}`: the title's own rules (length, no control characters)
 * are the server's (server/src/workshops.ts), which answers `empty`, `too-long`,
 * `control-character` or `unknown-language` with `field`.
 */
export type NewWorkshopRequest = { readonly title: string; readonly language: Language };

/** The links the facilitator shares: the token rides in each link's fragment. */
export type WorkshopLinks = {
  readonly facilitator: string;
  readonly participant: string;
  readonly projector: string;
  readonly feedback: string;
};

/** What a stock y-websocket client needs: where to connect, the common table's room, one token per role. */
export type SyncAccess = {
  readonly url: string;
  readonly board: string;
  readonly tokens: Readonly<Record<Role, string>>;
};

/** 201 to POST /api/workshops and POST /api/workshops/import. */
export type CreatedWorkshop = {
  readonly id: WorkshopId;
  readonly title: string;
  readonly language: Language;
  /** The short code people can type on the start page instead of scanning the QR code. */
  readonly joinCode: string;
  readonly links: WorkshopLinks;
  readonly sync: SyncAccess;
};

/** 200 to GET /api/workshops/<id>: what the token grants. */
export type WorkshopSummary = {
  readonly id: WorkshopId;
  readonly title: string;
  readonly language: Language;
  readonly role: Role;
  /** The facilitator's only. */
  readonly joinCode?: string;
  /** The facilitator's only: days after the last activity until the server deletes it (0: never). */
  readonly retentionDays?: number;
};

const workshopId = guarded(isWorkshopId);
const language = guarded(isLanguage, ApiError.unknownLanguage);

const tokens = object<Record<Role, string>>(
  Object.fromEntries(ROLES.map((role) => [role, string])) as { [Key in Role]: Check<string> },
);

export const checkWorkshopLinks: Check<WorkshopLinks> = object({
  facilitator: string,
  participant: string,
  projector: string,
  feedback: string,
});

export const checkCreatedWorkshop: Check<CreatedWorkshop> = object({
  id: workshopId,
  title: string,
  language,
  joinCode: string,
  links: checkWorkshopLinks,
  sync: object<SyncAccess>({ url: string, board: string, tokens }),
});

export const checkWorkshopSummary: Check<WorkshopSummary> = object({
  id: workshopId,
  title: string,
  language,
  role: guarded(isRole),
  joinCode: optional(string),
  retentionDays: optional(finiteNumber),
});

export { tokens as checkRoleTokens };
