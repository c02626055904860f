import type { NoteId } from '@avaa/board-model';
import type { MouseEvent } from 'react';
import { cellName } from '../board/names.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import type { LinkedNotes } from './registerData.ts';

/**
 * The common-table notes an item came from, read live from the table (so a later edit of the
 * note shows), with a link back to the table where the page has one.
 */
export function LinkedNoteList({
  ids,
  notes,
  itemText,
  tableLink,
}: {
  ids: readonly NoteId[];
  /** The item's own text: a note that says the same is named by its cell only. */
  itemText: string;
  notes: LinkedNotes;
  tableLink?: { href: string; onClick: (event: MouseEvent<HTMLAnchorElement>) => void } | undefined;
}) {
  const t = useT();
  const language = useLanguage();
  if (ids.length === 0) return null;
  return (
    <div className="linked-notes">
      <p className="linked-notes__label">{t('agreements.fromNotes')}</p>
      <ul>
        {ids.map((id) => {
          const note = notes[id];
          // Not known yet: the table is still loading.
          if (!note) return null;
          return (
            <li key={id}>
              {!note.shown ? (
                <span className="linked-notes__gone">{t('agreements.noteGone')}</span>
              ) : note.text.trim() === itemText ? (
                <span>{t('agreements.sameNote', { cell: cellName(note.cell, language) })}</span>
              ) : (
                <>
                  <q>{note.text}</q> <span className="linked-notes__cell">({cellName(note.cell, language)})</span>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {tableLink && (
        <a className="linked-notes__table" href={tableLink.href} onClick={tableLink.onClick}>
          {t('agreements.toTable')}
        </a>
      )}
    </div>
  );
}
