import {
  DELETED_NOTE_GRACE_MS,
  eraseDeletedNotes,
  type NoteView,
  recentlyDeleted,
  restoreNote,
} from '@avaa/board-model';
import { useId, useState } from 'react';
import type * as Y from 'yjs';
import { cellName } from '../board/names.ts';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import './deleted.css';

const DAY_MS = 24 * 60 * 60 * 1000;
const LOCALES = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;

/**
 * The facilitator's "Recently deleted" on a board: deleted notes whose text the server still
 * keeps, to restore one or all (say after someone deleted a whole table), or to erase now when
 * a note held personal data. A disclosure, closed by default, so the board stays in front.
 */
export function RecentlyDeleted({ doc }: { readonly doc: Y.Doc }) {
  const t = useT();
  const notes = useDocSnapshot(doc, recentlyDeleted);
  const [erasing, setErasing] = useState(false);
  const id = useId();
  const restoreAll = () =>
    doc.transact(() => {
      for (const note of notes) restoreNote(doc, note.id);
    });
  return (
    <details className="recently-deleted">
      <summary>{t('deleted.heading', { count: notes.length })}</summary>
      <p className="recently-deleted__kept">
        {t('deleted.kept', { days: Math.round(DELETED_NOTE_GRACE_MS / DAY_MS) })}
      </p>
      {notes.length === 0 ? (
        <p>{t('deleted.empty')}</p>
      ) : (
        <>
          <ul className="recently-deleted__list">
            {notes.map((note) => (
              <DeletedNote key={note.id} note={note} doc={doc} />
            ))}
          </ul>
          {erasing ? (
            <div className="recently-deleted__confirm">
              <p role="alert">{t('deleted.eraseConfirm')}</p>
              <button
                type="button"
                className="button--danger"
                onClick={() => {
                  eraseDeletedNotes(doc);
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
  const when =
    note.deletedAt === undefined
      ? t('deleted.whenUnknown')
      : t('deleted.when', {
          time: new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'short', timeStyle: 'short' }).format(
            note.deletedAt,
          ),
        });
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
