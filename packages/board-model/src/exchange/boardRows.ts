import { type Language, phaseOf } from '../template.ts';
import { NOTE_KIND_WORDS, PATH_WORDS, RISK_KIND_WORDS } from '../wording.ts';
import { commentAuthors, commentsCell, liveCommentsByNote } from './commentRows.ts';
import { shownPaths } from './pathRows.ts';
import { reactionCounts, reactionsCell } from './reactionsExchange.ts';
import { boardsOf, closedVoteCounts, dimensionName, type NamedBoard, phaseName, visibleNotes } from './tableRows.ts';
import type { ExportedBoard, ExportedNote, WorkshopExport } from './types.ts';

/**
 * What a spreadsheet export (CSV, xlsx) says of a note, one definition each: the phase,
 * dimension and kind in the workshop's language; its dots; its comments and reactions as cells.
 */
export type NoteRow = {
  readonly note: ExportedNote;
  readonly phase: string;
  readonly dimension: string;
  readonly kind: string;
  /** The common table's notes' dots in the latest closed vote; null before one closed and on group boards. */
  readonly votes: number | null;
  /** Each live comment on its own line as `Name: text`. */
  readonly comments: string;
  /** Its reactions' counts (`Samaa mieltä 2, Idea 1`). */
  readonly reactions: string;
};

/** A step of a live service path as a spreadsheet row: its note's words, or the step's own. */
export type StepRow = {
  readonly phase: string;
  /** The linked note's dimension; empty for a missing service. */
  readonly dimension: string;
  readonly text: string;
  /** The note's kind, or `puuttuva palvelu`. */
  readonly kind: string;
  readonly path: string;
  /** 1 for the path's first step. */
  readonly step: number;
  /** `luukuttaminen: reason`, empty without a risk. */
  readonly risk: string;
};

export type BoardRows = NamedBoard & { readonly notes: readonly NoteRow[]; readonly steps: readonly StepRow[] };

/** Every board of the export (the common table first) with its visible notes' and live paths' rows. */
export function boardRows(data: WorkshopExport): BoardRows[] {
  const { language } = data.workshop;
  const votes = closedVoteCounts(data);
  const author = commentAuthors(data);
  return boardsOf(data).map(({ group, board }) => {
    const comments = liveCommentsByNote(board);
    const reactions = reactionCounts(board.reactions);
    const notes = visibleNotes(board).map((note) => ({
      note,
      phase: phaseName(note.cell, language),
      dimension: dimensionName(note.cell, language),
      kind: NOTE_KIND_WORDS[language][note.kind],
      votes: group === null && votes ? (votes.get(note.id) ?? 0) : null,
      comments: commentsCell(comments.get(note.id) ?? [], author),
      reactions: reactionsCell(reactions.get(note.id) ?? [], language),
    }));
    return { group, board, notes, steps: stepRows(board, language) };
  });
}

function stepRows(board: ExportedBoard, language: Language): StepRow[] {
  return shownPaths(board).flatMap(({ path, steps }) =>
    steps.map(({ number, step, note, text }) => ({
      phase: phaseOf(step.phase).name[language],
      dimension: note ? dimensionName(note.cell, language) : '',
      text,
      kind: note ? NOTE_KIND_WORDS[language][note.kind] : PATH_WORDS[language].missingService,
      path: path.name,
      step: number,
      risk: step.risk ? [RISK_KIND_WORDS[language][step.risk.kind], step.risk.reason].filter(Boolean).join(': ') : '',
    })),
  );
}
