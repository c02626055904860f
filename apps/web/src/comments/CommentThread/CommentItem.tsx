import { type CommentView, deleteComment, editComment } from '@avaa/board-model';
import { useState } from 'react';
import { useBoard } from '../../board/BoardContext.ts';
import { noteLabel } from '../../board/names.ts';
import { useLanguage, useT } from '../../i18n/index.ts';
import { LOCALES } from '../../i18n/locales.ts';
import { relativeTime } from '../relativeTime.ts';
import type { CommentRights } from '../useCommentRights.ts';
import { CommentEditor } from './CommentEditor.tsx';

type Props = { comment: CommentView; rights: CommentRights; now: number };

/** One comment: who, when (edited or not), the text (or that it was deleted), and one's own edit and delete. */
export function CommentItem({ comment, rights, now }: Props) {
  const t = useT();
  const { doc } = useBoard();
  const [editing, setEditing] = useState(false);
  const label = noteLabel(comment.text);
  return (
    <li className={comment.deleted ? 'comment comment--deleted' : 'comment'}>
      <CommentByline comment={comment} names={rights.names} now={now} />
      {comment.deleted ? (
        <p className="comment__text">{t('comments.deleted')}</p>
      ) : editing ? (
        <CommentEditor
          initial={comment.text}
          submitLabel={t('comments.save')}
          autoFocus
          onCancel={() => setEditing(false)}
          onSubmit={(text) => {
            const result = editComment(doc, comment.id, text);
            if (result.ok) setEditing(false);
            return result;
          }}
        />
      ) : (
        <p className="comment__text">{comment.text}</p>
      )}
      {!editing && (rights.mayEdit(comment) || rights.mayDelete(comment)) && (
        <div className="comment__actions">
          {rights.mayEdit(comment) && (
            <button
              type="button"
              aria-label={t('comments.editLabel', { text: label })}
              onClick={() => setEditing(true)}
            >
              {t('comments.edit')}
            </button>
          )}
          {rights.mayDelete(comment) && (
            <button
              type="button"
              className="button--danger"
              aria-label={t('comments.deleteLabel', { text: label })}
              onClick={() => deleteComment(doc, comment.id)}
            >
              {t('comments.delete')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

function CommentByline({ comment, names, now }: Pick<Props, 'comment' | 'now'> & { names: CommentRights['names'] }) {
  const t = useT();
  const language = useLanguage();
  const who =
    comment.createdBy === undefined
      ? t('comments.facilitator')
      : (names.get(comment.createdBy) ?? t('comments.someone'));
  const when = relativeTime(language, comment.createdAt, now) ?? t('comments.now');
  const exact = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <p className="comment__byline">
      <span className="comment__author">{who}</span>
      {comment.group !== undefined && <span> ({t('comments.fromGroup', { group: comment.group })})</span>}{' '}
      <time dateTime={new Date(comment.createdAt).toISOString()} title={exact.format(comment.createdAt)}>
        {when}
      </time>
      {comment.editedAt !== undefined && !comment.deleted && (
        <span className="comment__edited"> ({t('comments.edited')})</span>
      )}
    </p>
  );
}
