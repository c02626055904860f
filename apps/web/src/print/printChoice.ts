import type { PrintRequest } from '@avaa/print';

/**
 * What the dialog offers, with the paper sizes each kind may take (as `@avaa/print` renders them).
 * The agreements memo is the workshop's, the same from every board.
 */
export const PRINT_KINDS = ['table', 'poster', 'cards', 'notecards', 'blank', 'paths', 'agreements'] as const;
export type PrintKind = (typeof PRINT_KINDS)[number];

export const TABLE_PAPERS = ['A4', 'A3', 'A2', 'A1'] as const;
export const POSTER_SIZES = ['A0', 'A1', 'A2'] as const;
export const POSTER_SHEETS = ['A4', 'A3'] as const;
export const CARD_SIZES = ['A5', 'A6'] as const;
/** The service paths: a sheet per path, or the path view of all paths (lanes). */
export const PATH_LAYOUTS = ['sheets', 'lanes'] as const;
export const PATH_PAPERS = ['A4', 'A3'] as const;

/** The table as a PDF to print, or as an image for slides and the intranet. */
export const TABLE_FORMATS = ['pdf', 'png', 'svg'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** The dialog's choices: each kind remembers its own size, so switching back keeps it. */
export type PrintChoice = {
  readonly kind: PrintKind;
  readonly paper: (typeof TABLE_PAPERS)[number];
  readonly poster: (typeof POSTER_SIZES)[number];
  readonly sheet: (typeof POSTER_SHEETS)[number];
  readonly card: (typeof CARD_SIZES)[number];
  readonly layout: (typeof PATH_LAYOUTS)[number];
  readonly pathPaper: (typeof PATH_PAPERS)[number];
  /** The table with its service paths marked on their notes, and a legend. */
  readonly tablePaths: boolean;
  readonly tableFormat: TableFormat;
  /** A PNG at twice the pixels each way. */
  readonly sharp: boolean;
  /** The table followed by the notes' comments. */
  readonly tableComments: boolean;
};

/** The image format chosen, when the dialog makes an image rather than a PDF. */
export function imageFormat(choice: PrintChoice): 'png' | 'svg' | null {
  return choice.kind === 'table' && choice.tableFormat !== 'pdf' ? choice.tableFormat : null;
}

export const DEFAULT_CHOICE: PrintChoice = {
  kind: 'table',
  paper: 'A4',
  poster: 'A1',
  sheet: 'A4',
  card: 'A5',
  layout: 'sheets',
  pathPaper: 'A4',
  tablePaths: false,
  tableFormat: 'pdf',
  sharp: false,
  tableComments: false,
};

/** The renderer's request for a choice; the blank template carries the board's address for its QR code. */
export function requestFor(choice: PrintChoice, url: string): PrintRequest {
  switch (choice.kind) {
    case 'table':
      return {
        kind: 'table',
        paper: choice.paper,
        ...(choice.tablePaths ? { paths: true } : {}),
        ...(choice.tableComments ? { comments: true } : {}),
      };
    case 'paths':
      return { kind: 'paths', layout: choice.layout, paper: choice.pathPaper };
    case 'poster':
      return { kind: 'poster', poster: choice.poster, sheet: choice.sheet };
    case 'cards':
      return { kind: 'cards', card: choice.card };
    case 'notecards':
      return { kind: 'notecards' };
    case 'blank':
      return { kind: 'blank', paper: choice.paper, url };
    case 'agreements':
      return { kind: 'agreements' };
  }
}

/** The size part of a file name: `A3`, `A1-on-A4`, `A5`, `lanes-A3`; none for note cards and the memo. */
export function sizeLabel(choice: PrintChoice): string {
  switch (choice.kind) {
    case 'table': {
      // An image picks its own paper: its name says only what it shows.
      const size = imageFormat(choice) ? (choice.sharp && choice.tableFormat === 'png' ? '2x' : '') : choice.paper;
      return [size, choice.tablePaths ? 'paths' : ''].filter(Boolean).join('-');
    }
    case 'blank':
      return choice.paper;
    case 'paths':
      return `${choice.layout}-${choice.pathPaper}`;
    case 'poster':
      return `${choice.poster}-on-${choice.sheet}`;
    case 'cards':
      return choice.card;
    case 'notecards':
    case 'agreements':
      return '';
  }
}

/** An ASCII file-name part: Finnish and Swedish letters lose their dots, the rest becomes dashes. */
export function slug(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.slice(0, 60) || 'avaa';
}

/**
 * e.g. `kehittamispaiva-2026-11-24-table-A3.pdf` (and `-group-2` on a group's board), or
 * `…-table-paths.png` for an image; the memo, the workshop's, names no board.
 */
export function pdfFileName(title: string, date: string, board: string, choice: PrintChoice): string {
  const boardPart = board === 'plenary' || choice.kind === 'agreements' ? '' : board;
  const parts = [slug(title), date, boardPart, choice.kind, sizeLabel(choice)];
  return `${parts.filter(Boolean).join('-')}.${imageFormat(choice) ?? 'pdf'}`;
}

/** Today in the device's time zone, `YYYY-MM-DD`. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
