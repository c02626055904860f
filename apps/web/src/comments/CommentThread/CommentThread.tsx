import { commentsOfNote, type NoteView } from '@avaa/board-model';
import { useCallback, useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { useBoard } from '../../board/BoardContext.ts';
import { noteLabel } from '../../board/names.ts';
import { useDocSnapshot } from '../../doc/useDocSnapshot.ts';
import { useT } from '../../i18n/index.ts';
import { useCommentRights } from '../useCommentRights.ts';
import { CommentForm } from './CommentForm.tsx';
import { CommentItem } from './CommentItem.tsx';
import { useNow } from './useNow.ts';

type Props = { note: NoteView; onClose: () => void };

/**
 * A note's comment thread: a modal `<dialog>` (the browser keeps focus inside it, Escape closes
 * it), the comments oldest first as a log (new ones, anyone's, are announced), and the form.
 */
export function CommentThread({ note, onClose }: Props) {
  const t = useT();
  const { doc } = useBoard();
  const dialog = useRef<HTMLDialogElement>(null);
  const comments = useDocSnapshot(
    doc,
    useCallback((board: Y.Doc) => commentsOfNote(board, note.id), [note.id]),
  );
  const rights = useCommentRights();
  const now = useNow();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // The dialog focuses its first control (Close): who may write starts in the field instead.
    element?.querySelector<HTMLElement>('textarea')?.focus();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="comment-thread"
      aria-labelledby="comment-thread-heading"
      aria-describedby="comment-thread-note"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="comment-thread__head">
        <h2 id="comment-thread-heading">{t('comments.heading')}</h2>
        <button type="button" className="button--quiet" onClick={onClose}>
          {t('comments.close')}
        </button>
      </div>
      <p id="comment-thread-note" className="comment-thread__note">
        {t('comments.about', { note: noteLabel(note.text, 120) })}
      </p>
      {/* A log: comments anyone adds while the thread is open are announced. */}
      <div role="log" aria-label={t('comments.heading')}>
        {comments.length === 0 ? (
          <p className="comment-thread__none">{t('comments.none')}</p>
        ) : (
          <ol className="comment-thread__list">
            {comments.map((comment) => (
              <CommentItem key={comment.id} comment={comment} rights={rights} now={now} />
            ))}
          </ol>
        )}
      </div>
      {rights.mayWrite ? (
        <CommentForm note={note.id} author={rights.author} />
      ) : (
        <p className="comment-thread__read-only">{t('comments.readOnly')}</p>
      )}
    </dialog>
  );
}
