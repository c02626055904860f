import type {
  AgreementSectionId,
  AgreementStatus,
  CellId,
  Language,
  NoteColour,
  NoteKind,
  PathColour,
} from '@avaa/board-model';
import type { PrintableThread } from './comments/printableComments.ts';
import type { PrintablePath } from './paths/printablePaths.ts';

/**
 * What the printables need of a board, as plain data: the renderer never sees a Y.Doc, so the
 * browser, the server and the tests all print the same thing from the same input.
 */
export type PrintableNote = {
  readonly id: string;
  readonly text: string;
  readonly kind: NoteKind;
  readonly colour: NoteColour;
  /** The breakout groups the note came from (merged notes), ascending; empty for a note written here. */
  readonly groups: readonly number[];
  /** Votes, when the workshop voted; absent otherwise (a zero is printed, an absence is not). */
  readonly votes?: number;
  /** How many notes are hidden in this note's stack (0 or absent: not a stack head). */
  readonly stacked?: number;
  /** The service paths' steps that use this note ("A2": path A, step 2), when the table prints its paths. */
  readonly pathMarks?: readonly PathMark[];
  /** The note's image's id (board-model `images/`), when it carries one; its bytes come as `image`. */
  readonly imageId?: string;
  /** The note's image, printed above its text, when the caller has its bytes (the server's storage). */
  readonly image?: PrintableImage;
};

/** An image's stored bytes (JPEG or PNG, re-encoded by the server) and its size in pixels. */
export type PrintableImage = {
  readonly data: Uint8Array;
  readonly format: 'JPEG' | 'PNG';
  readonly width: number;
  readonly height: number;
};

/** The board with each note's image filled in from `images` (by image id); notes without keep none. */
export function withNoteImages(board: PrintableBoard, images: ReadonlyMap<string, PrintableImage>): PrintableBoard {
  if (images.size === 0) return board;
  const cells: Partial<Record<CellId, readonly PrintableNote[]>> = {};
  for (const [cell, notes] of Object.entries(board.cells) as [CellId, readonly PrintableNote[]][]) {
    cells[cell] = notes.map((note) => {
      const image = note.imageId === undefined ? undefined : images.get(note.imageId);
      return image ? { ...note, image } : note;
    });
  }
  return { ...board, cells };
}

export type PrintableBoard = {
  readonly title: string;
  readonly language: Language;
  /** The day printed in the header, `YYYY-MM-DD`; formatted for the language when printed. */
  readonly date: string;
  /** Which board: "Yhteinen taulukko", "Ryhmä 2" ... (already in the board's language). */
  readonly boardLabel: string;
  /** e.g. "Kierros 2"; omitted when the workshop has no rounds. */
  readonly round?: string;
  /** Every cell's visible notes in board order; a missing cell is an empty one. */
  readonly cells: Readonly<Partial<Record<CellId, readonly PrintableNote[]>>>;
  /** The board's service paths, oldest first; absent or empty when it has none. */
  readonly paths?: readonly PrintablePath[];
  /** The visible notes' live comments, in board order; absent when the caller gave no names. */
  readonly comments?: readonly PrintableThread[];
};

/** A mark on a note a path uses: "A2" (path A, step 2) on the path's colour. */
export type PathMark = { readonly label: string; readonly colour: PathColour };

/** One item of the agreements register as the memo prints it. */
export type PrintableAgreement = {
  readonly id: string;
  readonly section: AgreementSectionId;
  readonly text: string;
  /** Empty when nobody is named yet. */
  readonly owner: string;
  /** `YYYY-MM-DD` or null; formatted for the language when printed. */
  readonly due: string | null;
  readonly status: AgreementStatus;
};

/** The latest closed round, named in the memo's header. */
export type PrintableRound = { readonly name: string; readonly date: string };

/** The agreements register (the workshop's, not a board's) for the agreements memo. */
export type PrintableAgreements = {
  readonly title: string;
  readonly language: Language;
  /** The day printed, `YYYY-MM-DD`. */
  readonly date: string;
  readonly round?: PrintableRound;
  /** Every live item, by section in the method's order, each section in its own order. */
  readonly items: readonly PrintableAgreement[];
};

/** The TTF bytes of the embedded font: the browser fetches them, the server reads them from disk. */
export type PrintFonts = {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
};
