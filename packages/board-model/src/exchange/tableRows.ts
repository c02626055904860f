import { type CellId, dimensionOf, type Language, parseCellId, phaseOf } from '../template.ts';
import type { ExportedBoard, ExportedNote, WorkshopExport } from './types.ts';

/** One board of an export, in reading order: the common table first, then groups by number. */
export type NamedBoard = { readonly group: number | null; readonly board: ExportedBoard };

export function boardsOf(data: WorkshopExport): NamedBoard[] {
  const groups = data.groups.map((group) => ({
    group: group.number,
    board: data.boards.groups[String(group.number)] ?? { notes: [] },
  }));
  return [{ group: null, board: data.boards.plenary }, ...groups];
}

/**
 * Votes per note of the common table from the latest closed vote (its results are final), or
 * undefined while no vote has closed: then nothing is printed, where a closed vote prints 0.
 */
export function closedVoteCounts(data: WorkshopExport): ReadonlyMap<string, number> | undefined {
  const vote = (data.votes ?? []).find((entry) => entry.closed);
  return vote && new Map(vote.perNote.map(({ note, dots }) => [note, dots]));
}

/** What the board shows (as `isVisibleNote`): neither deleted nor hidden in a stack, in board order. */
export function visibleNotes(board: ExportedBoard): ExportedNote[] {
  return board.notes.filter((note) => !note.deleted && note.stackedInto === null);
}

export function phaseName(cell: CellId, language: Language): string {
  return phaseOf(parseCellId(cell).phase).name[language];
}

export function dimensionName(cell: CellId, language: Language): string {
  return dimensionOf(parseCellId(cell).dimension).name[language];
}

/** A board's name in the exports: the common table, or a group's by its number. */
export const BOARD_NAME_WORDS: Readonly<Record<Language, { readonly plenary: string; readonly group: string }>> = {
  fi: { plenary: 'Yhteinen taulukko', group: 'Ryhmä' },
  sv: { plenary: 'Gemensam tabell', group: 'Grupp' },
  en: { plenary: 'Common table', group: 'Group' },
};

/** `Yhteinen taulukko`, `Ryhmä 2`. */
export function boardName(group: number | null, language: Language): string {
  const words = BOARD_NAME_WORDS[language];
  return group === null ? words.plenary : `${words.group} ${group}`;
}
