import type { ImageId, PersonId } from '@avaa/protocol';
import * as Y from 'yjs';
import { cryptoRandom, type NoteId, type RandomSource } from '../ids.ts';
import { isPhotoNoteKey, NOTE_IMAGE_KEY, readStoredImage } from '../images/noteImage.ts';
import { cellEnds } from '../operations/position.ts';
import { ORIGINS } from '../origins.ts';
import { derivedId } from '../provenance.ts';
import { DEFAULT_NOTE_KIND, isNoteColour, type NoteColour, notesMap } from '../schema.ts';
import { type CellId, isCellId } from '../template.ts';
import { normalizeNoteText, validateNoteText } from '../validation.ts';

/** A paper note from a photo, as the person accepted it on the review screen. */
export type AcceptedPhotoNote = {
  /** The photo API's `PhotoNote.key`, `<photo sha256>:<n>`: the same paper note on the same photo. */
  readonly key: string;
  readonly cell: CellId;
  readonly colour: NoteColour;
  /** What was read or typed; may be '' when the crop is on the note (the image says it). */
  readonly text: string;
  /** The note's crop, an image stored for the board (the photo API's `crop`). */
  readonly crop: ImageId;
};

export type PhotoNotesOptions = {
  /** When the photo was taken or sent (ms): the image's source, "from photo, 6.12.2026 14:05". */
  readonly at: number;
  /** Who adds them: on the common table a participant's notes are theirs. */
  readonly person?: PersonId;
  readonly random?: RandomSource;
  /** Clock for `createdAt`, in ms. */
  readonly now?: () => number;
};

export type PhotoNotesSummary = {
  /** Notes now on the board, in the order given. */
  readonly added: readonly NoteId[];
  /** Notes already on the board, live or deleted: this photo was added before. */
  readonly skipped: number;
  /** Notes refused: an unknown cell or colour, a malformed key, or a text that breaks the text rules. */
  readonly invalid: number;
};

/**
 * The id of a paper note's note on the board: derived from its key on the photo, as a merged
 * note's is from its source, so adding the same photo again, or two people adding it at once,
 * writes the same note (one Y.Map wins) instead of two.
 */
export function photoNoteId(key: string): NoteId {
  return derivedId(`photo:${key}`) as NoteId;
}

/**
 * Adds the accepted paper notes of a photo to the board, each appended at the end of its cell in
 * the order given, with its crop as its image (source `{ kind: 'photo', at, key }`) where the
 * board lists the crop (the server refuses a note image it does not list, and would drop the
 * whole step with it). One transaction with ORIGINS.addPhotoNotes, which a person's board undo
 * tracks: one Undo takes them all back. Idempotent: a note already on the board, in any state, is
 * skipped, so the board may have deleted it since and it stays deleted.
 */
export function addPhotoNotes(
  doc: Y.Doc,
  notes: readonly AcceptedPhotoNote[],
  options: PhotoNotesOptions,
): PhotoNotesSummary {
  const board = notesMap(doc);
  const fresh: { id: NoteId; note: AcceptedPhotoNote; text: string }[] = [];
  const seen = new Set<NoteId>();
  let skipped = 0;
  let invalid = 0;
  for (const note of notes) {
    const text = normalizeNoteText(note.text);
    if (!isSound(doc, note, text)) {
      invalid += 1;
      continue;
    }
    const id = photoNoteId(note.key);
    if (board.has(id) || seen.has(id)) skipped += 1;
    else fresh.push({ id, note, text });
    seen.add(id);
  }
  if (fresh.length > 0) doc.transact(() => appendNotes(doc, fresh, options), ORIGINS.addPhotoNotes);
  return { added: fresh.map(({ id }) => id), skipped, invalid };
}

/** Whether a note can be written: a known cell and colour, a key, and a text (or only its crop). */
function isSound(doc: Y.Doc, note: AcceptedPhotoNote, text: string): boolean {
  if (!isCellId(note.cell) || !isNoteColour(note.colour) || !isPhotoNoteKey(note.key)) return false;
  if (text.trim() === '') return readStoredImage(doc, note.crop) !== undefined;
  return validateNoteText(text).ok;
}

function appendNotes(
  doc: Y.Doc,
  fresh: readonly { id: NoteId; note: AcceptedPhotoNote; text: string }[],
  options: PhotoNotesOptions,
): void {
  const random = options.random ?? cryptoRandom;
  const createdAt = (options.now ?? Date.now)();
  const endOf = cellEnds(doc, random);
  for (const { id, note, text } of fresh) {
    const { cell } = note;
    const key = endOf(cell);
    const entry = new Y.Map<unknown>();
    entry.set('text', new Y.Text(text));
    entry.set('placement', { cell, key });
    entry.set('colour', note.colour);
    entry.set('kind', DEFAULT_NOTE_KIND);
    entry.set('createdAt', createdAt);
    entry.set('deleted', false);
    if (options.person !== undefined) entry.set('createdBy', options.person);
    if (readStoredImage(doc, note.crop)) {
      entry.set(NOTE_IMAGE_KEY, { id: note.crop, source: { kind: 'photo', at: options.at, key: note.key } });
    }
    notesMap(doc).set(id, entry);
  }
}
