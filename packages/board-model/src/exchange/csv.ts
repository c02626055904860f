import { type Language, phaseOf } from '../template.ts';
import { DOT_WORDS, NOTE_KIND_WORDS, PATH_WORDS, RISK_KIND_WORDS } from '../wording.ts';
import { commentAuthors, commentsCell, liveCommentsByNote } from './commentRows.ts';
import { shownPaths } from './pathRows.ts';
import { reactionCounts, reactionsCell } from './reactionsExchange.ts';
import { boardsOf, closedVoteCounts, dimensionName, phaseName, visibleNotes } from './tableRows.ts';
import type { ExportedBoard, WorkshopExport } from './types.ts';

/** The table's columns, then the service paths' (empty on a note's row), so old columns stay where they were. */
export const CSV_COLUMNS = [
  'phase',
  'dimension',
  'text',
  'kind',
  'group',
  'votes',
  'path',
  'step',
  'risk',
  'comments',
  'reactions',
] as const;

/** The header row in the workshop's language, column by column as `CSV_COLUMNS`. */
export const CSV_HEADERS: Readonly<Record<Language, Readonly<Record<(typeof CSV_COLUMNS)[number], string>>>> = {
  fi: {
    phase: 'vaihe',
    dimension: 'ulottuvuus',
    text: 'teksti',
    kind: 'tyyppi',
    group: 'ryhmä',
    votes: DOT_WORDS.fi.other,
    path: 'palvelupolku',
    step: 'askel',
    risk: 'riski',
    comments: 'kommentit',
    reactions: 'reaktiot',
  },
  sv: {
    phase: 'fas',
    dimension: 'dimension',
    text: 'text',
    kind: 'typ',
    group: 'grupp',
    votes: DOT_WORDS.sv.other,
    path: 'servicestig',
    step: 'steg',
    risk: 'risk',
    comments: 'kommentarer',
    reactions: 'reaktioner',
  },
  en: {
    phase: 'phase',
    dimension: 'dimension',
    text: 'text',
    kind: 'kind',
    group: 'group',
    votes: DOT_WORDS.en.other,
    path: 'path',
    step: 'step',
    risk: 'risk',
    comments: 'comments',
    reactions: 'reactions',
  },
};

// The BOM makes Excel read UTF-8 (else ä and ö come out as Ã¤); LibreOffice accepts it too.
const BOM = '\uFEFF';
const LINE_END = '\r\n';

/**
 * One row per visible note of every board (RFC 4180): the common table's notes with an empty
 * group, then each group board's with its number; after a board's notes, one row per step of
 * its live paths: the step's phase, its note's dimension, text and kind (or the step's own text
 * and `puuttuva palvelu`), the path's name, the step's number and its risk (`luukuttaminen:
 * reason`). The header, phase, dimension and kind in the workshop's language (`vaihe`, …;
 * `lappu`, `puute`, `idea`); the dots: the common table's notes' dots in the latest closed vote,
 * empty before a vote has closed and on group boards (they are not voted on); the note's live
 * comments, each on its own line as `Name: text` (added later); its reactions' counts
 * (`Samaa mieltä 2, Idea 1`, the last column, added later still).
 */
export function exportCsv(data: WorkshopExport): string {
  const { language } = data.workshop;
  const rows: string[][] = [CSV_COLUMNS.map((column) => CSV_HEADERS[language][column])];
  const votes = closedVoteCounts(data);
  const author = commentAuthors(data);
  for (const { group, board } of boardsOf(data)) {
    const comments = liveCommentsByNote(board);
    const reactions = reactionCounts(board.reactions);
    for (const note of visibleNotes(board)) {
      const groupLabel = group === null ? '' : String(group);
      const noteVotes = group === null && votes ? String(votes.get(note.id) ?? 0) : '';
      rows.push([
        phaseName(note.cell, language),
        dimensionName(note.cell, language),
        note.text,
        NOTE_KIND_WORDS[language][note.kind],
        groupLabel,
        noteVotes,
        '',
        '',
        '',
        commentsCell(comments.get(note.id) ?? [], author),
        reactionsCell(reactions.get(note.id) ?? [], language),
      ]);
    }
    rows.push(...stepRows(board, group, language));
  }
  return BOM + rows.map((row) => row.map(csvField).join(',')).join(LINE_END) + LINE_END;
}

function stepRows(board: ExportedBoard, group: number | null, language: Language): string[][] {
  return shownPaths(board).flatMap(({ path, steps }) =>
    steps.map(({ number, step, note, text }) => {
      const risk =
        step.risk && [RISK_KIND_WORDS[language][step.risk.kind], step.risk.reason].filter(Boolean).join(': ');
      return [
        phaseOf(step.phase).name[language],
        note ? dimensionName(note.cell, language) : '',
        text,
        note ? NOTE_KIND_WORDS[language][note.kind] : PATH_WORDS[language].missingService,
        group === null ? '' : String(group),
        '',
        path.name,
        String(number),
        risk ?? '',
        '',
        '',
      ];
    }),
  );
}

/**
 * Quotes when needed, doubling quotes. A text that a spreadsheet would run as a formula (starts
 * with = + - @) gets a leading apostrophe: the file comes from workshop participants.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
