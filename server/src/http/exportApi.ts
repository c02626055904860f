import type { IncomingMessage, ServerResponse } from 'node:http';
import { readGroups } from '@avaa/board-model';
import { ApiError, type DataFormat, roomName, type WorkshopId } from '@avaa/protocol';
import * as Y from 'yjs';
import { groupCreatedAt } from '../auth/access.ts';
import type { BoardImages } from '../jobs/imageExchange.ts';
import { storedBallots } from '../rooms/ballotBook.ts';
import { roomStates } from '../rooms/readRooms.ts';
import { withWorkshopRoom } from '../rooms/workshopRoom.ts';
import { groupBoardSeed, plenarySeed } from '../seeds.ts';
import type { WorkshopRecord } from '../storage/types.ts';
import type { ApiContext } from './context.ts';
import { mayExport, sendJobFailure } from './exportLimits.ts';
import { type ExportParams, parseExportParams } from './exportParams.ts';
import { facilitatorRequest } from './facilitatorRequest.ts';
import { downloadName } from './filename.ts';
import { BASE_HEADERS, sendError } from './respond.ts';

type Download = { readonly body: string | Uint8Array; readonly type: string; readonly name: string };

const TYPES = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  md: 'text/markdown; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  png: 'image/png',
  svg: 'image/svg+xml; charset=utf-8',
} as const;

/**
 * GET /api/workshops/<id>/export?format=pdf|json|csv|md|xlsx|png|svg with the facilitator's token: the
 * whole workshop as data, one board as a PDF, or its table as an image. Documented in the README
 * ("Integrations"). The rooms are read here (their encoded states); rendering runs in the job
 * pool, off the event loop.
 */
export async function getExport(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string) {
  const checked = await facilitatorRequest(ctx, req, res, id);
  if (!checked) return;
  const { workshop, origin } = checked;
  const params = parseExportParams(new URL(req.url ?? '/', 'http://api.invalid').searchParams);
  if ('error' in params) {
    const { error, ...details } = params;
    return sendError(res, error, details);
  }
  if (!mayExport(ctx.exportLimits, ctx.guards.trustProxy, req, res, workshop.id)) return;
  let download: Download | PdfRefusal;
  try {
    download = await withWorkshopRoom(ctx.rooms, workshop, (room) =>
      params.format === 'pdf'
        ? pdfDownload(ctx, workshop, room.doc, params, origin)
        : params.format === 'png' || params.format === 'svg'
          ? imageDownload(ctx, workshop, room.doc, params)
          : dataDownload(ctx, workshop, room.doc, params.format),
    );
  } catch (error) {
    return sendJobFailure(res, error);
  }
  if ('error' in download) return sendError(res, download.error, 'field' in download ? { field: download.field } : {});
  sendDownload(res, download);
}

type PdfRefusal = { error: typeof ApiError.unknownGroup; field: 'board' } | { error: typeof ApiError.hostNotAllowed };

async function dataDownload(
  ctx: ApiContext,
  workshop: WorkshopRecord,
  workshopDoc: Y.Doc,
  format: DataFormat,
): Promise<Download> {
  const numbers = readGroups(workshopDoc).map((group) => group.number);
  const rooms = [
    { name: roomName(workshop.id), seed: () => plenarySeed(workshop) },
    ...numbers.map((n) => groupRoom(workshop, workshopDoc, n)),
  ];
  const [plenary, ...groups] = await roomStates(ctx.rooms, ctx.storage, rooms);
  const input = {
    format,
    workshop: encode(workshopDoc),
    plenary: plenary ?? [],
    groups: numbers.map((n, i) => [n, groups[i] ?? []] as const),
    ballots: await storedBallots(ctx.storage, roomName(workshop.id)),
    images: format === 'json' ? await boardImages(ctx, workshop, numbers) : [],
  };
  const body = await ctx.jobs.run('dataExport', input, ctx.logger);
  return { body, type: TYPES[format], name: downloadName(workshop.title, 'workshop', format) };
}

/** Every board's stored images (the job keeps those its notes show). */
async function boardImages(
  ctx: ApiContext,
  workshop: WorkshopRecord,
  groups: readonly number[],
  only?: 'plenary' | number,
): Promise<BoardImages> {
  const boards: ('plenary' | number)[] = only === undefined ? ['plenary', ...groups] : [only];
  return Promise.all(
    boards.map(async (board) => {
      const room = board === 'plenary' ? roomName(workshop.id) : roomName(workshop.id, { kind: 'group', group: board });
      const listed = await ctx.storage.images.list(room);
      const images = await Promise.all(
        listed.map(async ({ id }) => {
          const image = await ctx.storage.images.get(room, id);
          return image ? [{ ...image, id }] : [];
        }),
      );
      return [board, images.flat()] as const;
    }),
  );
}

async function pdfDownload(
  ctx: ApiContext,
  workshop: WorkshopRecord,
  workshopDoc: Y.Doc,
  params: Extract<ExportParams, { format: 'pdf' }>,
  origin: string,
): Promise<Download | PdfRefusal> {
  const date = new Date().toISOString().slice(0, 10);
  // The blank template's QR code leads to the board's page, without a token: people join there.
  const request = params.print(`${origin}/w/${workshop.id}`);
  // Paper needs a whole address, and a Host this server does not answer to gives none (origin.ts).
  if ('url' in request && origin === '') return { error: ApiError.hostNotAllowed };
  if (request.kind === 'agreements') {
    const body = await ctx.jobs.run('pdf', { workshop: encode(workshopDoc), date }, ctx.logger);
    return { body, type: TYPES.pdf, name: downloadName(workshop.title, 'agreements', 'pdf') };
  }
  const updates = await boardUpdates(ctx, workshop, workshopDoc, params.group);
  if ('error' in updates) return updates;
  const board = { updates: updates.updates, request };
  const [[, images] = ['plenary', []]] = await boardImages(ctx, workshop, [], params.group ?? 'plenary');
  const body = await ctx.jobs.run('pdf', { workshop: encode(workshopDoc), board, date, images }, ctx.logger);
  return { body, type: TYPES.pdf, name: downloadName(workshop.title, boardLabel(params.group), 'pdf') };
}

/** The table as PNG or SVG, rendered (and rasterised) in the job pool like a PDF. */
async function imageDownload(
  ctx: ApiContext,
  workshop: WorkshopRecord,
  workshopDoc: Y.Doc,
  params: Extract<ExportParams, { format: 'png' | 'svg' }>,
): Promise<Download | PdfRefusal> {
  const updates = await boardUpdates(ctx, workshop, workshopDoc, params.group);
  if ('error' in updates) return updates;
  const { format, paths, scale } = params;
  const date = new Date().toISOString().slice(0, 10);
  const input = { workshop: encode(workshopDoc), updates: updates.updates, format, paths, scale, date };
  const body = await ctx.jobs.run('image', input, ctx.logger);
  const part = `${boardLabel(params.group)}-table${paths ? '-paths' : ''}`;
  return { body, type: TYPES[format], name: downloadName(workshop.title, part, format) };
}

function boardLabel(group: number | null): string {
  return group === null ? 'plenary' : `group-${group}`;
}

/** A board's stored state: the common table's, or a live group's (refused for a group that is not). */
async function boardUpdates(
  ctx: ApiContext,
  workshop: WorkshopRecord,
  workshopDoc: Y.Doc,
  group: number | null,
): Promise<{ readonly updates: readonly Uint8Array[] } | PdfRefusal> {
  if (group !== null && !readGroups(workshopDoc).some((live) => live.number === group)) {
    return { error: ApiError.unknownGroup, field: 'board' };
  }
  const room =
    group === null
      ? { name: roomName(workshop.id), seed: () => plenarySeed(workshop) }
      : groupRoom(workshop, workshopDoc, group);
  const [updates] = await roomStates(ctx.rooms, ctx.storage, [room]);
  return { updates: updates ?? [] };
}

/** A document's whole state, to hand to a job: the live document itself stays here. */
function encode(doc: Y.Doc): Uint8Array {
  return Y.encodeStateAsUpdate(doc);
}

/** A group board's room with the seed the sync path would give it, so the two never differ. */
function groupRoom(workshop: WorkshopRecord, workshopDoc: Y.Doc, group: number) {
  const seed = () => groupBoardSeed(workshop, group, groupCreatedAt(workshopDoc, group));
  return { name: roomName(workshop.id as WorkshopId, { kind: 'group', group }), seed };
}

function sendDownload(res: ServerResponse, download: Download): void {
  const body = typeof download.body === 'string' ? Buffer.from(download.body, 'utf8') : download.body;
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': download.type,
    'Content-Length': body.byteLength,
    'Content-Disposition': `attachment; filename="${download.name}"`,
    'Cache-Control': 'no-store',
  });
  res.end(body);
}
