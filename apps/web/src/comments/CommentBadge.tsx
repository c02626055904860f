import { commentCounts, type NoteId } from '@avaa/board-model';
import type * as Y from 'yjs';
import { useBoard } from '../board/BoardContext.ts';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { usePlural, useT } from '../i18n/index.ts';
import { useBoardUi } from '../state/boardUi.ts';
import { useThreadUi } from './threadUi.ts';
import './comments.css';

/** Live comments per note as plain data (a Map would not compare by its JSON). */
export function readCommentCounts(doc: Y.Doc): Record<string, number> {
  return Object.fromEntries(commentCounts(doc));
}

/** A note's comment count, a button that opens its thread; nothing while it has none. */
export function CommentBadge({ note, label }: { note: NoteId; label: string }) {
  const t = useT();
  const counted = usePlural();
  const { doc } = useBoard();
  const count = useDocSnapshot(doc, readCommentCounts)[note] ?? 0;
  const open = useThreadUi((state) => state.open);
  if (count === 0) return null;
  return (
    <button
      type="button"
      className="comment-badge"
      data-note-control="comments"
      aria-label={`${t('comments.badgeLabel', { note: label })}: ${counted('comments.badge', count)}`}
      onClick={(event) => open(note, event.currentTarget)}
    >
      <span aria-hidden="true" className="comment-badge__icon" />
      {counted('comments.badge', count)}
    </button>
  );
}

/** The note menu's way into the thread (also where a note without comments gets its first). */
export function CommentsMenuAction({ note }: { note: NoteId }) {
  const t = useT();
  const open = useThreadUi((state) => state.open);
  const closeMenu = useBoardUi((state) => state.toggleMenu);
  return (
    <button
      type="button"
      onClick={() => {
        // Focus returns to the note's menu button: the menu closes as the thread opens.
        open(note, null);
        closeMenu(null);
      }}
    >
      {t('comments.menuAction')}
    </button>
  );
}
