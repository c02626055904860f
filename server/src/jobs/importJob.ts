import { type ExchangeError, importWorkshop, type Language, validateWorkshopExport } from '@avaa/board-model';
import { ApiError } from '@avaa/protocol';
import * as Y from 'yjs';
import { type ImportedImage, reencodeImports } from './imageExchange.ts';
import { nestingExceeds } from './nesting.ts';

export type ImportInput = {
  /** The request body as received, in its chunks (at most MAX_IMPORT_BODY_BYTES in all). */
  readonly body: readonly Uint8Array[];
  /** The same bound live edits have (sync/noteLimit.ts). */
  readonly maxNotesPerBoard: number;
};

/** A room's whole state, named by its kind: the workshop's id is drawn after the job. */
export type ImportedRoom = {
  readonly kind: 'workshop' | 'plenary' | 'group';
  readonly group?: number;
  readonly update: Uint8Array;
};

export type ImportOutput =
  | {
      readonly ok: true;
      readonly workshop: { readonly title: string; readonly language: Language; readonly createdAt: number };
      readonly rooms: readonly ImportedRoom[];
      /** The boards' images, re-encoded as uploads: stored once the workshop is (importApi.ts). */
      readonly images: readonly ImportedImage[];
    }
  | { readonly ok: false; readonly error: typeof ApiError.invalidJson | typeof ApiError.nestingTooDeep }
  | { readonly ok: false; readonly error: typeof ApiError.invalidExport; readonly errors: readonly ExchangeError[] };

/** An export nests 6 levels (boards.groups.<n>.notes[i].sources[j]); this leaves room for later versions. */
export const MAX_IMPORT_NESTING = 32;
/** Errors listed in a 400: enough to fix a file by hand, bounded for a file of a million bad notes. */
export const MAX_LISTED_ERRORS = 100;

/** Parses, validates and writes an import into fresh documents: the CPU-heavy part of an import. */
export async function parseImport(input: ImportInput): Promise<ImportOutput> {
  const body = Buffer.concat(input.body);
  if (nestingExceeds(body, MAX_IMPORT_NESTING)) return { ok: false, error: ApiError.nestingTooDeep };
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return { ok: false, error: ApiError.invalidJson };
  }
  const valid = validateWorkshopExport(json, { maxNotesPerBoard: input.maxNotesPerBoard });
  if (!valid.ok) return { ok: false, error: ApiError.invalidExport, errors: valid.errors.slice(0, MAX_LISTED_ERRORS) };
  const reencoded = await reencodeImports(valid.value);
  if ('invalid' in reencoded) {
    return { ok: false, error: ApiError.invalidExport, errors: [{ path: reencoded.invalid, reason: 'invalid-image' }] };
  }
  const docs = importWorkshop(reencoded.data);
  const rooms: ImportedRoom[] = [
    { kind: 'workshop', update: Y.encodeStateAsUpdate(docs.workshop) },
    { kind: 'plenary', update: Y.encodeStateAsUpdate(docs.plenary) },
    ...[...docs.groups].map(([group, doc]) => ({ kind: 'group' as const, group, update: Y.encodeStateAsUpdate(doc) })),
  ];
  const { title, language, createdAt } = valid.value.workshop;
  return { ok: true, workshop: { title, language, createdAt }, rooms, images: reencoded.images };
}
