import type { Language } from '../template.ts';
import { DOT_WORDS } from '../wording.ts';
import { boardRows } from './boardRows.ts';
import type { WorkshopExport } from './types.ts';

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
  for (const { group, notes, steps } of boardRows(data)) {
    const groupLabel = group === null ? '' : String(group);
    for (const row of notes) {
      const votes = row.votes === null ? '' : String(row.votes);
      rows.push([
        row.phase,
        row.dimension,
        row.note.text,
        row.kind,
        groupLabel,
        votes,
        '',
        '',
        '',
        row.comments,
        row.reactions,
      ]);
    }
    for (const step of steps) {
      rows.push([
        step.phase,
        step.dimension,
        step.text,
        step.kind,
        groupLabel,
        '',
        step.path,
        String(step.step),
        step.risk,
        '',
        '',
      ]);
    }
  }
  return BOM + rows.map((row) => row.map(csvField).join(',')).join(LINE_END) + LINE_END;
}

/**
 * Quotes when needed, doubling quotes. A text that a spreadsheet would run as a formula (starts
 * with = + - @) gets a leading apostrophe: the file comes from workshop participants.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
