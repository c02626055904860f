import type { IncomingMessage, ServerResponse } from 'node:http';
import { type BoardDocs, exportCsv, exportMarkdown, exportWorkshop, readGroups } from '@avaa/board-model';
import { agreementsFromDoc, boardPrintOptions, printableFromDoc, renderAgreements, renderPrintable } from '@avaa/print';
import { loadFonts } from '@avaa/print/node';
import { roomName, type WorkshopId } from '@avaa/protocol';
import type * as Y from 'yjs';
import { groupCreatedAt } from '../auth/access.ts';
import { withRoomDocs } from '../rooms/readRooms.ts';
import { withWorkshopRoom } from '../rooms/workshopRoom.ts';
import { groupBoardSeed, plenarySeed } from '../seeds.ts';
import type { WorkshopRecord } from '../storage/types.ts';
import type { ApiContext } from './context.ts';
import { type ExportParams, parseExportParams } from './exportParams.ts';
import { facilitatorRequest } from './facilitatorRequest.ts';
import { downloadName } from './filename.ts';
import { BASE_HEADERS, sendJson } from './respond.ts';

type Download = { readonly body: string | Uint8Array; readonly type: string; readonly name: string };

const TYPES = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  md: 'text/markdown; charset=utf-8',
  pdf: 'application/pdf',
} as const;

/**
 * GET /api/workshops/<id>/export?format=pdf|json|csv|md with the facilitator's token: the whole
 * workshop as data, or one board as a PDF. Documented in the README ("Integrations").
 */
export async function getExport(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string) {
  const checked = await facilitatorRequest(ctx, req, res, id);
  if (!checked) return;
  const { workshop, origin } = checked;
  const params = parseExportParams(new URL(req.url ?? '/', 'http://api.invalid').searchParams);
  if ('error' in params) return sendJson(res, 400, params);
  const download = await withWorkshopRoom(ctx.rooms, workshop, (room) =>
    params.format === 'pdf'
      ? pdfDownload(ctx, workshop, room.doc, params, origin)
      : dataDownload(ctx, workshop, room.doc, params.format),
  );
  if ('error' in download) return sendJson(res, 400, download);
  sendDownload(res, download);
}

async function dataDownload(
  ctx: ApiContext,
  workshop: WorkshopRecord,
  workshopDoc: Y.Doc,
  format: 'json' | 'csv' | 'md',
) {
  const numbers = readGroups(workshopDoc).map((group) => group.number);
  const rooms = [
    { name: roomName(workshop.id), seed: () => plenarySeed(workshop) },
    ...numbers.map((n) => groupRoom(workshop, workshopDoc, n)),
  ];
  const data = await withRoomDocs(ctx.rooms, rooms, ([plenary, ...groups]) => {
    const boards: BoardDocs = {
      plenary: plenary as Y.Doc,
      groups: new Map(numbers.map((n, i) => [n, groups[i] as Y.Doc])),
    };
    return exportWorkshop(workshopDoc, boards);
  });
  const name = (ext: string) => downloadName(workshop.title, 'workshop', ext);
  if (format === 'csv') return { body: exportCsv(data), type: TYPES.csv, name: name('csv') };
  if (format === 'md') return { body: exportMarkdown(data), type: TYPES.md, name: name('md') };
  return { body: `${JSON.stringify(data, null, 2)}\n`, type: TYPES.json, name: name('json') };
}

async function pdfDownload(
  ctx: ApiContext,
  workshop: WorkshopRecord,
  workshopDoc: Y.Doc,
  params: Extract<ExportParams, { format: 'pdf' }>,
  origin: string,
): Promise<Download | { error: 'unknown-group'; field: 'board' }> {
  const fonts = await loadFonts();
  const date = new Date().toISOString().slice(0, 10);
  // The blank template's QR code leads to the board's page, without a token: people join there.
  const request = params.print(`${origin}/w/${workshop.id}`);
  if (request.kind === 'agreements') return memoDownload(workshop, workshopDoc, date, fonts);
  const { group } = params;
  if (group !== null && !readGroups(workshopDoc).some((live) => live.number === group)) {
    return { error: 'unknown-group', field: 'board' };
  }
  const room =
    group === null
      ? { name: roomName(workshop.id), seed: () => plenarySeed(workshop) }
      : groupRoom(workshop, workshopDoc, group);
  // The board prints with the latest round's name and the latest closed vote's dots.
  const board = await withRoomDocs(ctx.rooms, [room], ([doc]) =>
    printableFromDoc(doc as Y.Doc, boardPrintOptions(workshopDoc, doc as Y.Doc, date)),
  );
  if (!board) throw new Error('board without metadata');
  const pdf = renderPrintable(board, request, fonts);
  const label = group === null ? 'plenary' : `group-${group}`;
  return { body: pdf, type: TYPES.pdf, name: downloadName(workshop.title, label, 'pdf') };
}

/** The agreements memo: the workshop document's register, whichever board was asked for. */
function memoDownload(
  workshop: WorkshopRecord,
  workshopDoc: Y.Doc,
  date: string,
  fonts: Awaited<ReturnType<typeof loadFonts>>,
): Download {
  const memo = agreementsFromDoc(workshopDoc, { date });
  if (!memo) throw new Error('workshop without metadata');
  return {
    body: renderAgreements(memo, fonts),
    type: TYPES.pdf,
    name: downloadName(workshop.title, 'agreements', 'pdf'),
  };
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
