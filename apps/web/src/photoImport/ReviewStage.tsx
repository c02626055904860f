import type { PhotoNotesSummary } from '@avaa/board-model';
import type { PhotoNote } from '@avaa/protocol';
import { useEffect, useRef, useState } from 'react';
import { focusAfterRender } from '../app/focusAfterRender.ts';
import { useBoard } from '../board/BoardContext.ts';
import { type Plural, usePlural, useT } from '../i18n/index.ts';
import { useBoardUi } from '../state/boardUi.ts';
import { useOptionalWorkshop } from '../workshop/WorkshopContext.ts';
import { addToBoard } from './addToBoard.ts';
import { PhotoReview } from './PhotoReview.tsx';
import { acceptedNotes, createPhotoReviewStore, PhotoReviewContext, usePhotoReview } from './photoReview.ts';
import { TranscriptionQueue } from './TranscriptionQueue.tsx';

type Props = {
  /** The notes the server found on the photos. */
  readonly found: readonly PhotoNote[];
  /** When the photos were sent (ms): the notes' images say "from photo" and this time. */
  readonly at: number;
  /** The notes are on the board (or the person cancelled): the dialog closes. */
  readonly onDone: () => void;
};

/** The review of the notes found and the transcription queue, then adding them in one undoable step. */
export function ReviewStage({ found, at, onDone }: Props) {
  const [store] = useState(() => createPhotoReviewStore(found));
  // The chosen photo's button is gone with the reading: the review starts at its heading.
  useEffect(() => focusAfterRender(() => document.getElementById('photo-review-heading')), []);
  return (
    <PhotoReviewContext.Provider value={store}>
      <ReviewOrQueue at={at} onDone={onDone} />
    </PhotoReviewContext.Provider>
  );
}

function ReviewOrQueue({ at, onDone }: Omit<Props, 'found'>) {
  const queueOpen = usePhotoReview((state) => state.queue !== null);
  const { adding, problem, add } = useAdd(at, onDone);
  const wasOpen = useRef(false);
  // Back from the queue: on to adding, the next thing to do.
  useEffect(() => {
    if (wasOpen.current && !queueOpen) focusAfterRender(() => document.querySelector<HTMLElement>('[data-photo-add]'));
    wasOpen.current = queueOpen;
  }, [queueOpen]);
  if (queueOpen) return <TranscriptionQueue />;
  return <PhotoReview onAdd={add} onCancel={onDone} adding={adding} problem={problem} />;
}

function useAdd(at: number, onDone: () => void) {
  const t = useT();
  const counted = usePlural();
  const { doc, undo } = useBoard();
  const person = useOptionalWorkshop()?.personId ?? null;
  const notes = usePhotoReview((state) => state.notes);
  const showToast = useBoardUi((state) => state.showToast);
  const [adding, setAdding] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const add = async () => {
    const accepted = acceptedNotes(notes);
    if (accepted.length === 0) return setProblem(t('photo.noneAccepted'));
    setAdding(true);
    const { summary, takeBack } = await addToBoard(doc, undo, accepted, { at, person });
    const message = addedWords(counted, summary) || t('photo.nothingAdded');
    showToast(summary.added.length > 0 ? { message, action: { label: t('toast.undo'), run: takeBack } } : { message });
    onDone();
  };
  return { adding, problem, add: () => void add() };
}

/** "12 notes added to the board. 2 were already on the board." */
function addedWords(counted: Plural, summary: PhotoNotesSummary): string {
  const parts: string[] = [];
  if (summary.added.length > 0) parts.push(counted('photo.added', summary.added.length));
  if (summary.skipped > 0) parts.push(counted('photo.skipped', summary.skipped));
  if (summary.invalid > 0) parts.push(counted('photo.invalid', summary.invalid));
  return parts.join(' ');
}
