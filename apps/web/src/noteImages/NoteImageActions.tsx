import { type NoteView, readStoredImage, setNoteImage } from '@avaa/board-model';
import { ApiError, type ImageId } from '@avaa/protocol';
import { uploadImage } from '@avaa/workshop-client';
import { useRef, useState } from 'react';
import type * as Y from 'yjs';
import { useBoard } from '../board/BoardContext.ts';
import { useT } from '../i18n/index.ts';
import { useBoardUi } from '../state/boardUi.ts';
import { useOptionalWorkshop } from '../workshop/WorkshopContext.ts';

/** How long an upload waits for the board to list its image (it comes with the board's sync). */
const LISTING_WAIT_MS = 10_000;

/**
 * The note menu's image actions, for whoever may edit the note: add (or replace) an image, from a
 * file or, on a phone, the camera; take it off. The upload goes to the server, which stores it for
 * the board; the note names it once the board lists it.
 */
export function NoteImageActions({ note }: { note: NoteView }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const actions = useImageActions(note);
  if (!actions) return null;
  const { busy, upload, remove } = actions;
  return (
    <div className="note-image-actions">
      <button type="button" disabled={busy} onClick={() => input.current?.click()}>
        {busy ? t('noteImage.uploading') : note.image ? t('noteImage.replace') : t('noteImage.attach')}
      </button>
      <input
        ref={input}
        type="file"
        accept="image/*"
        capture="environment"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void upload(file);
        }}
      />
      {note.image && (
        <button type="button" onClick={remove}>
          {t('noteImage.remove')}
        </button>
      )}
    </div>
  );
}

/** Uploading an image onto the note and taking it off, told in a toast; null outside a workshop. */
function useImageActions(note: NoteView) {
  const t = useT();
  const { doc, board } = useBoard();
  const workshop = useOptionalWorkshop();
  const [busy, setBusy] = useState(false);
  const showToast = useBoardUi((state) => state.showToast);
  if (!workshop) return null;
  const target = { base: '', workshop: workshop.workshopId, board, token: workshop.token };
  const upload = async (file: File) => {
    setBusy(true);
    const answer = await uploadImage(target, file);
    if (!answer.ok) {
      setBusy(false);
      const error = answer.kind === 'refused' ? answer.error : null;
      const known =
        error === ApiError.notAnImage || error === ApiError.imageTooLarge || error === ApiError.tooManyImages;
      return showToast({ message: known ? t(`error.${error}`) : t('noteImage.failed') });
    }
    const { id } = answer.value;
    const listed = await whenListed(doc, id);
    setBusy(false);
    const done = listed ? setNoteImage(doc, note.id, { id, source: { kind: 'upload', at: Date.now() } }) : undefined;
    showToast({ message: done?.ok ? t('noteImage.attached') : t('noteImage.failed') });
  };
  const remove = () => {
    const done = setNoteImage(doc, note.id, undefined);
    showToast({ message: done.ok ? t('noteImage.removed') : t(`error.${done.error}`) });
  };
  return { busy, upload, remove };
}

/** Resolves true once the board's `images` lists the image (the server's change, synced), false after a wait. */
function whenListed(doc: Y.Doc, id: ImageId): Promise<boolean> {
  if (readStoredImage(doc, id)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const check = () => {
      if (!readStoredImage(doc, id)) return;
      finish(true);
    };
    const timer = setTimeout(() => finish(false), LISTING_WAIT_MS);
    function finish(listed: boolean) {
      clearTimeout(timer);
      doc.off('update', check);
      resolve(listed);
    }
    doc.on('update', check);
  });
}
