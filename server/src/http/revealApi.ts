import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, type BoardRef, isGroupNumber, type RevealAnswer } from '@avaa/protocol';
import { groupExists } from '../auth/access.ts';
import { revealBoard } from '../private/reveal.ts';
import { withWorkshopRoom } from '../rooms/workshopRoom.ts';
import type { ApiContext } from './context.ts';
import { facilitatorRequest } from './facilitatorRequest.ts';
import { sendError, sendJson } from './respond.ts';

/**
 * POST /api/workshops/<id>/reveal/<board> (`plenary` or a group's number), the facilitator's
 * only: every person's private notes onto the board (private/reveal.ts). Answered once stored.
 */
export async function postReveal(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string, board = '') {
  const checked = await facilitatorRequest(ctx, req, res, id);
  if (!checked) return;
  const { workshop } = checked;
  const ref = parseBoard(board);
  const known =
    ref?.kind === 'plenary' ||
    (ref !== undefined && (await withWorkshopRoom(ctx.rooms, workshop, (room) => groupExists(room.doc, ref.group))));
  if (!ref || !known) return sendError(res, ApiError.unknownGroup, { field: 'board' });
  const answer: RevealAnswer = await revealBoard(ctx.rooms, workshop, ref);
  sendJson(res, 200, answer);
}

function parseBoard(board: string): BoardRef | undefined {
  if (board === 'plenary') return { kind: 'plenary' };
  const group = /^[1-9][0-9]?$/.test(board) ? Number(board) : undefined;
  return isGroupNumber(group) ? { kind: 'group', group } : undefined;
}
