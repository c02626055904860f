import { isGroupNumber } from '@avaa/board-model';
import type { PrintRequest } from '@avaa/print';
import { ApiError, DATA_FORMATS, type DataFormat } from '@avaa/protocol';

/** `png` and `svg`: the table as an image (`image/tableImage.ts` in @avaa/print). */
export const IMAGE_FORMATS = ['png', 'svg'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];
export const EXPORT_FORMATS = ['pdf', ...DATA_FORMATS, ...IMAGE_FORMATS] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const PDF_KINDS = ['table', 'poster', 'cards', 'notecards', 'blank', 'agreements', 'paths'] as const;
type PdfKind = (typeof PDF_KINDS)[number];

/** A PDF without `paper` is an A4 table; each kind has its own papers (below); the memo is A4 portrait. */
const TABLE_PAPERS = ['A4', 'A3', 'A2', 'A1'] as const;
const POSTER_PAPERS = ['A0', 'A1', 'A2'] as const;
const SHEETS = ['A4', 'A3'] as const;
const CARDS = ['A5', 'A6'] as const;
/** The service paths: a sheet per path or the lanes of all paths, on A4 or A3. */
const PATH_LAYOUTS = ['sheets', 'lanes'] as const;
const PATH_PAPERS = ['A4', 'A3'] as const;
/** `paths=1` draws the table's service paths over it. */
const FLAGS = ['0', '1'] as const;
/** An image is the table only; `scale=2` doubles its pixels (a sharp slide on a large screen). */
const IMAGE_KINDS = ['table'] as const;
const IMAGE_SCALES = ['1', '2'] as const;

export type ExportParams =
  | { readonly format: DataFormat }
  | {
      readonly format: 'pdf';
      /** null: the common table; else a group's board (the agreements memo is the workshop's). */
      readonly group: number | null;
      /** Without the blank template's `url`, which the handler knows. */
      readonly print: (url: string) => PrintRequest;
    }
  | {
      readonly format: ImageFormat;
      readonly group: number | null;
      readonly paths: boolean;
      readonly scale: 1 | 2;
    };

/** Which parameter was refused and, for a closed list, the values it takes. */
export type ParamError = {
  readonly error: typeof ApiError.invalidParameter;
  readonly field: string;
  readonly allowed?: readonly string[];
};

/** Parses `format`, `kind`, `paper`, `sheet`, `card`, `layout`, `paths`, `scale` and `board` of an export request. */
export function parseExportParams(query: URLSearchParams): ExportParams | ParamError {
  const format = pick(query, 'format', EXPORT_FORMATS, undefined);
  if (format === undefined) return invalid('format', EXPORT_FORMATS);
  if (format !== 'pdf' && !isImage(format)) return { format };
  const group = parseBoard(query.get('board'));
  if (group === undefined) return invalid('board', ['plenary', 'group-<n>']);
  if (isImage(format)) return imageParams(format, group, query);
  const kind = pick(query, 'kind', PDF_KINDS, 'table');
  if (kind === undefined) return invalid('kind', PDF_KINDS);
  const print = printRequest(kind, query);
  return 'error' in print ? print : { format, group, print: print.request };
}

function printRequest(kind: PdfKind, query: URLSearchParams) {
  const paper = (papers: readonly string[], fallback: string) => pick(query, 'paper', papers, fallback);
  switch (kind) {
    case 'table':
    case 'blank': {
      const size = paper(TABLE_PAPERS, 'A4') as (typeof TABLE_PAPERS)[number] | undefined;
      if (size === undefined) return invalid('paper', TABLE_PAPERS);
      if (kind === 'blank') return { request: (url: string) => ({ kind, paper: size, url }) };
      const paths = pick(query, 'paths', FLAGS, '0');
      if (paths === undefined) return invalid('paths', FLAGS);
      return { request: () => ({ kind, paper: size, ...(paths === '1' ? { paths: true } : {}) }) };
    }
    case 'paths': {
      const layout = pick(query, 'layout', PATH_LAYOUTS, 'sheets');
      if (layout === undefined) return invalid('layout', PATH_LAYOUTS);
      const size = paper(PATH_PAPERS, 'A4') as (typeof PATH_PAPERS)[number] | undefined;
      if (size === undefined) return invalid('paper', PATH_PAPERS);
      return { request: () => ({ kind, layout, paper: size }) };
    }
    case 'poster': {
      const poster = paper(POSTER_PAPERS, 'A1') as (typeof POSTER_PAPERS)[number] | undefined;
      if (poster === undefined) return invalid('paper', POSTER_PAPERS);
      const sheet = pick(query, 'sheet', SHEETS, 'A4');
      if (sheet === undefined) return invalid('sheet', SHEETS);
      return { request: () => ({ kind, poster, sheet }) };
    }
    case 'cards': {
      const card = pick(query, 'card', CARDS, 'A5');
      if (card === undefined) return invalid('card', CARDS);
      return { request: () => ({ kind, card }) };
    }
    case 'notecards':
      return { request: () => ({ kind }) };
    case 'agreements':
      // The memo is a document to file: A4 portrait only.
      if (paper(['A4'], 'A4') === undefined) return invalid('paper', ['A4']);
      return { request: () => ({ kind }) };
  }
}

function isImage(format: string): format is ImageFormat {
  return (IMAGE_FORMATS as readonly string[]).includes(format);
}

/** The table as an image: its paper is chosen to fit (none to ask for), its paths and pixel scale are. */
function imageParams(format: ImageFormat, group: number | null, query: URLSearchParams): ExportParams | ParamError {
  if (pick(query, 'kind', IMAGE_KINDS, 'table') === undefined) return invalid('kind', IMAGE_KINDS);
  const paths = pick(query, 'paths', FLAGS, '0');
  if (paths === undefined) return invalid('paths', FLAGS);
  const scale = pick(query, 'scale', IMAGE_SCALES, '1');
  if (scale === undefined) return invalid('scale', IMAGE_SCALES);
  return { format, group, paths: paths === '1', scale: scale === '2' ? 2 : 1 };
}

/** `plenary` (the default) -> null, `group-<n>` -> n; undefined for anything else. */
function parseBoard(value: string | null): number | null | undefined {
  if (value === null || value === 'plenary') return null;
  const number = /^group-([1-9][0-9]?)$/.exec(value)?.[1];
  return number !== undefined && isGroupNumber(Number(number)) ? Number(number) : undefined;
}

/** The parameter if it is one of `allowed`, the fallback if absent; undefined when refused. */
function pick<T extends string>(
  query: URLSearchParams,
  name: string,
  allowed: readonly T[],
  fallback: T | undefined,
): T | undefined {
  const value = query.get(name);
  if (value === null) return fallback;
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function invalid(field: string, allowed: readonly string[]): ParamError {
  return { error: ApiError.invalidParameter, field, allowed };
}
