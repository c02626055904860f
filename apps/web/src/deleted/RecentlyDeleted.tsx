import {
  DELETED_NOTE_GRACE_MS,
  eraseDeletedNotes,
  eraseDeletedPaths,
  type NoteView,
  recentlyDeleted,
  recentlyDeletedPaths,
  restoreNote,
  restorePath,
} from '@avaa/board-model';
import { useId, useState } from 'react';
import type * as Y from 'yjs';
import { cellName } from '../board/names.ts';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { DeletedPaths } from './DeletedPaths.tsx';
import { useDeletedAt } from './deletedAt.ts';
import './deleted.css';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The facilitator's "Recently deleted" on a board: deleted notes and service paths whose text
 * the server still keeps, to restore one or all (say after someone deleted a whole table), or to
 * erase now when a note or a path held personal data (removed steps' texts go too). A
 * disclosure, closed by default, so the board stays in front.
 */
export function RecentlyDeleted({ doc }: { readonly doc: Y.Doc }) {
  const t = useT();
  const notes = useDocSnapshot(doc, recentlyDeleted);
  const paths = useDocSnapshot(doc, recentlyDeletedPaths);
  const [erasing, setErasing] = useState(false);
  const id = useId();
  const restoreAll = () =>
    doc.transact(() => {
      for (const note of notes) restoreNote(doc, note.id);
      for (const path of paths) restorePath(doc, path.id);
    });
  return (
    <details className="recently-deleted">
      <summary>{t('deleted.heading', { count: notes.length + paths.length })}</summary>
      <p className="recently-deleted__kept">
        {t('deleted.kept', { days: Math.round(DELETED_NOTE_GRACE_MS / DAY_MS) })}
      </p>
      {notes.length + paths.length === 0 ? (
        <p>{t('deleted.empty')}</p>
      ) : (
        <>
          {notes.length > 0 && (
            <ul className="recently-deleted__list">
              {notes.map((note) => (
                <DeletedNote key={note.id} note={note} doc={doc} />
              ))}
            </ul>
          )}
          <DeletedPaths paths={paths} doc={doc} />
          {erasing ? (
            <div className="recently-deleted__confirm">
              <p role="alert">{t(paths.length > 0 ? 'pathChanges.eraseConfirm' : 'deleted.eraseConfirm')}</p>
              <button
                type="button"
                className="button--danger"
                onClick={() => {
                  eraseDeletedNotes(doc);
                  eraseDeletedPaths(doc);
                  setErasing(false);
                }}
              >
                {t('deleted.eraseConfirmYes')}
              </button>
              <button type="button" onClick={() => setErasing(false)}>
                {t('deleted.cancel')}
              </button>
            </div>
          ) : (
            <div className="recently-deleted__actions">
              <button type="button" className="button--primary" onClick={restoreAll}>
                {t('deleted.restoreAll')}
              </button>
              <button
                type="button"
                className="button--danger"
                aria-describedby={`${id}-why`}
                onClick={() => setErasing(true)}
              >
                {t('deleted.eraseNow')}
              </button>
              <p id={`${id}-why`} className="recently-deleted__why">
                {t('deleted.eraseWhy')}
              </p>
            </div>
          )}
        </>
      )}
    </details>
  );
}

function DeletedNote({ note, doc }: { readonly note: NoteView; readonly doc: Y.Doc }) {
  const t = useT();
  const language = useLanguage();
  const when = useDeletedAt(note.deletedAt);
  return (
    <li className={`recently-deleted__note note--${note.colour}`} data-deleted-note={note.id}>
      <p className="recently-deleted__text">{note.text}</p>
      <p className="recently-deleted__meta">
        {cellName(note.cell, language)} · {when}
      </p>
      <button
        type="button"
        aria-label={t('deleted.restoreNamed', { text: note.text })}
        onClick={() => restoreNote(doc, note.id)}
      >
        {t('deleted.restore')}
      </button>
    </li>
  );
}
