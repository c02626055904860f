import { addComment, type NoteId, type PersonId } from '@avaa/board-model';
import { useBoard } from '../../board/BoardContext.ts';
import { useT } from '../../i18n/index.ts';
import { CommentEditor } from './CommentEditor.tsx';

/** A new comment in the thread, written as this person. */
export function CommentForm({ note, author }: { note: NoteId; author: PersonId | undefined }) {
  const t = useT();
  const { doc } = useBoard();
  return (
    <CommentEditor
      initial=""
      submitLabel={t('comments.send')}
      onSubmit={(text) => addComment(doc, note, text, author)}
    />
  );
}
