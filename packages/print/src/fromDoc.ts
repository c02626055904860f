import {
  CELL_IDS,
  type CellId,
  type Language,
  type NoteView,
  notesByCell,
  readMeta,
  stacksByHead,
} from '@avaa/board-model';
import { threadsFromDoc } from './comments/printableComments.ts';
import { labelsFor } from './labels.ts';
import { pathsFromDoc } from './paths/printablePaths.ts';
import type { PrintableBoard, PrintableNote } from './printable.ts';

/** A board's Y.Doc, named through board-model so this package needs no direct Yjs dependency. */
type BoardDoc = Parameters<typeof readMeta>[0];

export type FromDocOptions = {
  /** The day to print, `YYYY-MM-DD` (the caller's clock, so tests and the server agree). */
  readonly date: string;
  readonly round?: string;
  /** Votes per note id, when the workshop voted. */
  readonly votes?: ReadonlyMap<string, number>;
  /** The language printed (headings, labels, dates); default the board's. Notes stay as written. */
  readonly language?: Language;
  /** The workshop's people by id: the table lists comments with their authors' names. */
  readonly names?: ReadonlyMap<string, string>;
};

function groupsOf(note: NoteView, members: readonly NoteView[]): number[] {
  const groups = new Set<number>();
  for (const source of [...note.sources, ...members.flatMap((m) => m.sources)]) groups.add(source.group);
  return [...groups].sort((a, b) => a - b);
}

/**
 * The printable view of one board's Y.Doc: visible notes per cell in board order; a stack prints
 * as its head with the groups of all its notes. Undefined before the board's meta has arrived.
 */
export function printableFromDoc(doc: BoardDoc, options: FromDocOptions): PrintableBoard | undefined {
  const meta = readMeta(doc);
  if (!meta) return undefined;
  const language = options.language ?? meta.language;
  const labels = labelsFor(language);
  const stacks = stacksByHead(doc);
  const byCell = notesByCell(doc);
  const cells: Partial<Record<CellId, PrintableNote[]>> = {};
  for (const cell of CELL_IDS) {
    cells[cell] = (byCell.get(cell) ?? []).map((note) => {
      const members = stacks.get(note.id) ?? [];
      const votes = options.votes?.get(note.id);
      return {
        id: note.id,
        text: note.text,
        kind: note.kind,
        colour: note.colour,
        groups: groupsOf(note, members),
        ...(votes === undefined ? {} : { votes }),
        ...(members.length > 0 ? { stacked: members.length } : {}),
        ...(note.image ? { imageId: note.image.id } : {}),
      };
    });
  }
  return {
    title: meta.title,
    language,
    date: options.date,
    boardLabel: meta.board === 'group' && meta.group !== null ? labels.group(meta.group) : labels.commonTable,
    ...(options.round === undefined ? {} : { round: options.round }),
    cells,
    paths: pathsFromDoc(doc),
    ...(options.names ? { comments: threadsFromDoc(doc, options.names, language) } : {}),
  };
}
