import type { Role } from '../roles.ts';
import { arrayOf, type Check, finiteNumber, object, string } from './check.ts';
import { checkPersonSummary, type PersonSummary } from './joining.ts';
import { checkRoleTokens } from './workshops.ts';

/** 200 to POST /api/workshops/<id>/rotate (facilitator): the new participant link and its token. */
export type RotatedLink = { readonly token: string; readonly links: { readonly participant: string } };

/** A live group, its board's room and its members. */
export type GroupBoard = { readonly number: number; readonly room: string; readonly members: readonly PersonSummary[] };

/**
 * 200 to GET /api/workshops/<id>/boards (facilitator): every room of the workshop and the live
 * groups, so an integration can follow each board with stock y-websocket clients.
 */
export type WorkshopBoards = {
  readonly workshop: { readonly room: string };
  readonly plenary: { readonly room: string };
  readonly groups: readonly GroupBoard[];
  readonly sync: { readonly url: string; readonly tokens: Readonly<Record<Role, string>> };
};

export const checkRotatedLink: Check<RotatedLink> = object({ token: string, links: object({ participant: string }) });

const room = object({ room: string });

export const checkWorkshopBoards: Check<WorkshopBoards> = object({
  workshop: room,
  plenary: room,
  groups: arrayOf(object<GroupBoard>({ number: finiteNumber, room: string, members: arrayOf(checkPersonSummary) })),
  sync: object({ url: string, tokens: checkRoleTokens }),
});
