import {
  type AcceptedPhotoNote,
  addPhotoNotes,
  deleteNote,
  type NoteId,
  ORIGINS,
  type PersonId,
  type PhotoNotesSummary,
  readNote,
  readStoredImage,
} from '@avaa/board-model';
import type { ImageId } from '@avaa/protocol';
import type * as Y from 'yjs';

/** How long adding waits for the board to list the crops (the server's change, synced with the board). */
const LISTING_WAIT_MS = 10_000;

export type PhotoAdd = {
  readonly summary: PhotoNotesSummary;
  /** Takes the notes back: the undo step while it is the last one, else each note deleted. */
  readonly takeBack: () => void;
};

/**
 * Adds the accepted notes once the board lists their crops (or the wait is over: a crop not
 * listed then is left off its note, since the server would refuse the whole step with it), as one
 * step of the person's undo of its own.
 */
export async function addToBoard(
  doc: Y.Doc,
  undo: Y.UndoManager | null,
  notes: readonly AcceptedPhotoNote[],
  options: { readonly at: number; readonly person: PersonId | null },
): Promise<PhotoAdd> {
  await whenListed(
    doc,
    notes.map((note) => note.crop),
  );
  let step: unknown = null;
  const onAdded = (event: { stackItem: unknown; origin: unknown }) => {
    if (event.origin === ORIGINS.addPhotoNotes) step = event.stackItem;
  };
  undo?.stopCapturing();
  undo?.on('stack-item-added', onAdded);
  const summary = addPhotoNotes(doc, notes, { at: options.at, ...(options.person ? { person: options.person } : {}) });
  undo?.off('stack-item-added', onAdded);
  undo?.stopCapturing();
  const takeBack = () => {
    if (undo && step !== null && undo.undoStack.at(-1) === step) undo.undo();
    else for (const id of summary.added) deleteLive(doc, id);
  };
  return { summary, takeBack };
}

function deleteLive(doc: Y.Doc, id: NoteId): void {
  if (readNote(doc, id)?.deleted === false) deleteNote(doc, id);
}

/** Resolves once the board lists every crop, or after the wait. */
function whenListed(doc: Y.Doc, crops: readonly ImageId[]): Promise<void> {
  const listed = () => crops.every((crop) => readStoredImage(doc, crop) !== undefined);
  if (listed()) return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (listed()) finish();
    };
    const timer = setTimeout(finish, LISTING_WAIT_MS);
    function finish() {
      clearTimeout(timer);
      doc.off('update', check);
      resolve();
    }
    doc.on('update', check);
  });
}
