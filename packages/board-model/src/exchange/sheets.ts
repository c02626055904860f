import { AGREEMENT_SECTIONS } from '../facilitation/agreementSections.ts';
import type { Language } from '../template.ts';
import { type BoardRows, boardRows, type NoteRow, type StepRow } from './boardRows.ts';
import { cutText, withoutControlCharacters } from './exchangedText.ts';
import { AGREEMENT_WORDS } from './markdownAgreements.ts';
import { sheetName } from './sheetName.ts';
import { type SheetWords, sheetWords } from './sheetWords.ts';
import { boardName, dimensionName, phaseName } from './tableRows.ts';
import type { ExportedAgreement, ExportedNote, WorkshopExport } from './types.ts';

/**
 * How a column's cells are written: `text` a string cell (never a formula, whatever it starts
 * with), `number`, `time` a moment (milliseconds since 1970, UTC), `day` a calendar date
 * `YYYY-MM-DD`. A null cell is empty.
 */
export type SheetColumnKind = 'text' | 'number' | 'time' | 'day';
export type SheetCell = string | number | null;
export type SheetColumn = {
  readonly header: string;
  readonly kind: SheetColumnKind;
  /** In characters, as a spreadsheet measures a column. */
  readonly width: number;
};
export type WorkshopSheet = {
  /** Unique, at most 31 characters, none of `[]:*?/\` (sheetName.ts). */
  readonly name: string;
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly (readonly SheetCell[])[];
};

/** Excel's bound on a cell's text. */
export const MAX_SHEET_TEXT_LENGTH = 32_767;

/**
 * The workshop as a workbook's sheets, in the workshop's language: one per board (the common
 * table first, then each group's) with a row per visible note as the CSV's; the live service
 * paths' steps (only when there are some); the agreements register by the method's questions;
 * the common table's dot votes (counts per note, never who voted).
 */
export function workshopSheets(data: WorkshopExport): WorkshopSheet[] {
  const { language } = data.workshop;
  const words = sheetWords(language);
  const boards = boardRows(data);
  const taken = new Set<string>();
  const named = (name: string, columns: readonly Column<never>[], rows: SheetCell[][]): WorkshopSheet => ({
    name: sheetName(name, taken),
    columns: columns.map(({ header, kind, width }) => ({ header, kind, width })),
    rows,
  });
  const sheets = boards.map((board) => {
    const columns = boardColumns(board, words, language);
    return named(boardName(board.group, language), columns, table(columns, board.notes));
  });
  const steps = boards.flatMap(({ group, steps }) => steps.map((step) => ({ group, step })));
  if (steps.length > 0) {
    const columns = pathColumns(words, language);
    sheets.push(named(words.sheets.paths, columns, table(columns, steps)));
  }
  const agreements = agreementColumns(words, language);
  sheets.push(named(words.sheets.agreements, agreements, table(agreements, data.agreements ?? [])));
  const votes = voteColumns(data, words);
  sheets.push(named(words.sheets.votes, votes, table(votes, voteRows(data))));
  return sheets;
}

type Column<T> = SheetColumn & { readonly cell: (row: T) => SheetCell };

function table<T>(columns: readonly Column<T>[], rows: readonly T[]): SheetCell[][] {
  return rows.map((row) =>
    columns.map((column) => {
      const value = column.cell(row);
      return typeof value === 'string' ? sheetText(value) : value;
    }),
  );
}

/** A text as a cell holds it: no control characters but tab and line feed, within Excel's bound. */
export function sheetText(text: string): string {
  return cutText(withoutControlCharacters(text), MAX_SHEET_TEXT_LENGTH);
}

function text<T>(header: string, width: number, cell: (row: T) => string): Column<T> {
  return { header, kind: 'text', width, cell };
}

function boardColumns({ group, board }: BoardRows, words: SheetWords, language: Language): Column<NoteRow>[] {
  const h = words.board;
  const stacked = new Map<string, number>();
  for (const note of board.notes) {
    if (note.deleted || note.stackedInto === null) continue;
    stacked.set(note.stackedInto, (stacked.get(note.stackedInto) ?? 0) + 1);
  }
  return [
    text(h.phase, 26, (row) => row.phase),
    text(h.dimension, 32, (row) => row.dimension),
    text(h.text, 60, (row) => row.note.text),
    text(h.kind, 10, (row) => row.kind),
    text(h.colour, 14, (row) => words.colours[row.note.colour]),
    { header: h.created, kind: 'time', width: 17, cell: (row) => row.note.createdAt },
    // Only the common table is voted on.
    ...(group === null
      ? [{ header: h.votes, kind: 'number' as const, width: 10, cell: (row: NoteRow) => row.votes }]
      : []),
    text(h.sources, 20, (row) => sourcesCell(row.note, language)),
    { header: h.stacked, kind: 'number', width: 10, cell: (row) => stacked.get(row.note.id) ?? 0 },
    text(h.comments, 44, (row) => row.comments),
    text(h.reactions, 26, (row) => row.reactions),
  ] satisfies Column<NoteRow>[];
}

/** The groups a merged note came from: `Ryhmä 1, Ryhmä 3`. */
function sourcesCell(note: ExportedNote, language: Language): string {
  const groups = [...new Set(note.sources.map((source) => source.group))].sort((a, b) => a - b);
  return groups.map((group) => boardName(group, language)).join(', ');
}

type BoardStep = { readonly group: number | null; readonly step: StepRow };

function pathColumns(words: SheetWords, language: Language): Column<BoardStep>[] {
  const h = words.board;
  return [
    text(words.pathBoard, 18, (row) => boardName(row.group, language)),
    text(h.path, 24, (row) => row.step.path),
    { header: h.step, kind: 'number', width: 8, cell: (row) => row.step.step },
    text(h.phase, 26, (row) => row.step.phase),
    text(h.dimension, 32, (row) => row.step.dimension),
    text(h.text, 50, (row) => row.step.text),
    text(h.kind, 16, (row) => row.step.kind),
    text(h.risk, 36, (row) => row.step.risk),
  ];
}

function agreementColumns(words: SheetWords, language: Language): Column<ExportedAgreement>[] {
  const h = words.agreements;
  const status = AGREEMENT_WORDS[language].status;
  return [
    text(h.question, 40, (item) => questionCell(item, language)),
    text(h.item, 60, (item) => item.text),
    text(h.owner, 24, (item) => item.owner),
    { header: h.due, kind: 'day', width: 12, cell: (item) => item.due },
    text(h.status, 12, (item) => status[item.status]),
  ];
}

/** `1. Mitä voimme sopia ja päättää tässä ja nyt?`: the method's question the item answers. */
function questionCell(item: ExportedAgreement, language: Language): string {
  const index = AGREEMENT_SECTIONS.findIndex((section) => section.id === item.section);
  const section = AGREEMENT_SECTIONS[index];
  return section ? `${index + 1}. ${section.question[language]}` : '';
}

type VoteRow = {
  readonly openedAt: number;
  readonly closed: boolean;
  readonly dotsPerPerson: number;
  readonly note: ExportedNote | undefined;
  readonly dots: number;
};

/** Each vote's dots per note (latest vote first, most dots first): counts only, never `perPerson`. */
function voteRows(data: WorkshopExport): VoteRow[] {
  const notes = new Map(data.boards.plenary.notes.map((note) => [note.id as string, note]));
  return (data.votes ?? []).flatMap(({ openedAt, closed, dotsPerPerson, perNote }) =>
    perNote.map(({ note, dots }) => ({ openedAt, closed, dotsPerPerson, note: notes.get(note), dots })),
  );
}

function voteColumns(data: WorkshopExport, words: SheetWords): Column<VoteRow>[] {
  const { language } = data.workshop;
  const h = words.votes;
  return [
    { header: h.vote, kind: 'time', width: 17, cell: (row) => row.openedAt },
    text(h.state, 14, (row) => (row.closed ? words.voteStates.closed : words.voteStates.open)),
    { header: h.perPerson, kind: 'number', width: 12, cell: (row) => row.dotsPerPerson },
    text(h.phase, 26, (row) => (row.note ? phaseName(row.note.cell, language) : '')),
    text(h.dimension, 32, (row) => (row.note ? dimensionName(row.note.cell, language) : '')),
    text(h.text, 60, (row) => row.note?.text ?? ''),
    { header: h.votes, kind: 'number', width: 10, cell: (row) => row.dots },
  ];
}
