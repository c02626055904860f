import { ApiError } from '../apiErrors.ts';
import type { BoardRef } from '../rooms.ts';
import { type ImageId, isImageId } from '../vocabulary.ts';
import { arrayOf, type Check, finiteNumber, guarded, object, optional, string } from './check.ts';

/**
 * Paper to table. POST /api/workshops/<id>/boards/<board>/photo with a JPEG or PNG body (up to
 * MAX_IMAGE_UPLOAD_BYTES) and a token that may write the board: the paper notes found on a photo
 * of Avaa's printout, nothing added to the board. Each note's straightened crop is stored as an
 * image of the board (`crop`, GET …/images/<crop>); one no note takes up is erased as any unused
 * image is. The photo itself is never stored. Adding the notes is an edit of the board.
 */
export type PhotoNote = {
  /** `<photo>:<n>`: the photo's SHA-256 (hex) and the note's number on it; the same photo gives the same keys, so adding it again adds nothing twice. */
  readonly key: string;
  /** The cell where most of the note lies, `<phase>:<dimension>` (checked as a cell by the board model). */
  readonly cell: string;
  /** The nearest note colour (a board-model note colour). */
  readonly colour: string;
  /** What text recognition read, '' where it read nothing. */
  readonly text: string;
  /** How sure text recognition is of `text`, 0 to 1. */
  readonly confidence: number;
  /** The note's four corners in the photo's px, clockwise from its top left. */
  readonly box: readonly PhotoPoint[];
  /** The stored image of the note, cropped and straightened. */
  readonly crop: ImageId;
  readonly flags: readonly PhotoNoteFlag[];
  /** Where the note lies on the printed table, alike on every photo that shows it (absent if unknown). */
  readonly place?: PhotoPlace;
};

/**
 * A note's place on the printout: the printout's name ("poster A0 A4"), the note's centre from
 * its cell's top-left corner and its side, in the printout's mm. Several photos of one wall may
 * show one paper note: at one place, it is one note.
 */
export type PhotoPlace = { readonly printout: string; readonly x: number; readonly y: number; readonly side: number };

export type PhotoPoint = { readonly x: number; readonly y: number };

/**
 * Why a note needs a second look: `crossesBorder` (a good part of it lies in another cell),
 * `offTable` (most of it lies outside the cells), `covered` (another note lies over part of it),
 * `colourUncertain` (two note colours are about as near).
 */
export const PHOTO_NOTE_FLAGS = ['crossesBorder', 'offTable', 'covered', 'colourUncertain'] as const;
export type PhotoNoteFlag = (typeof PHOTO_NOTE_FLAGS)[number];

export function isPhotoNoteFlag(value: unknown): value is PhotoNoteFlag {
  return typeof value === 'string' && (PHOTO_NOTE_FLAGS as readonly string[]).includes(value);
}

const point: Check<PhotoPoint> = object({ x: finiteNumber, y: finiteNumber });
const place: Check<PhotoPlace> = object({ printout: string, x: finiteNumber, y: finiteNumber, side: finiteNumber });

export const checkPhotoNote: Check<PhotoNote> = object({
  key: string,
  cell: string,
  colour: string,
  text: string,
  confidence: finiteNumber,
  box: arrayOf(point),
  crop: guarded(isImageId, ApiError.unknownImage),
  flags: arrayOf(guarded(isPhotoNoteFlag)),
  place: optional(place),
});

/** The answer to POST …/photo: the notes found, in reading order (sheet, cell, top to bottom). */
export const checkPhotoAnswer: Check<readonly PhotoNote[]> = arrayOf(checkPhotoNote);

/** The board a printed blank template was made for, in its QR code's link (after the token). */
const BOARD_PARAM = 'board';

/**
 * What the printed blank template's QR code carries: the participant link (a phone that has not
 * joined can join with it), naming after its token the board the printout is for, so a photo of
 * it added on another board is refused (`printout-of-another-board`).
 */
export function printedLink(link: string, board: BoardRef): string {
  const value = board.kind === 'plenary' ? 'plenary' : String(board.group);
  return `${link}${link.includes('#') ? '&' : '#'}${BOARD_PARAM}=${value}`;
}

/** The workshop and board (`plenary` or a group's number, as in the API's paths) a printed link names, if it names one. */
export function printedBoard(link: string): { readonly workshop: string; readonly board: string } | undefined {
  const workshop = /^https?:\/\/[^/#?]+\/w\/([A-Za-z0-9_-]+)/.exec(link)?.[1];
  const hash = link.includes('#') ? link.slice(link.indexOf('#') + 1) : '';
  const param = hash.split('&').find((part) => part.startsWith(`${BOARD_PARAM}=`));
  const board = param?.slice(BOARD_PARAM.length + 1);
  return workshop && board ? { workshop, board } : undefined;
}
