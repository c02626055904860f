import type { NoteView } from '@avaa/board-model';
import type { DraggableAttributes } from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { type CSSProperties, type FocusEvent, memo, useMemo, useRef, useState } from 'react';
import { DND_DESCRIBED_BY, useBoard, useNoteEditors } from '../board/BoardContext.ts';
import { useT } from '../i18n/index.ts';
import { useBoardUi } from '../state/boardUi.ts';
import { NoteContent } from './NoteContent.tsx';
import { useNearViewport } from './nearViewport.ts';
import { SortableBinding, type SortableState } from './SortableBinding.tsx';
import './note.css';

/**
 * One sticky note on the board: text (or its editor), kind, drag handle, actions and, on the
 * common table during or after a vote, its dots. `dimmed`: another kind than the filter shows.
 *
 * Drag and drop binds only while the note is near the screen, focused or being dragged (see
 * SortableBinding); meanwhile its handle carries the same attributes dnd-kit would give it.
 */
export const NoteCard = memo(function NoteCard({ note, dimmed = false }: { note: NoteView; dimmed?: boolean }) {
  const t = useT();
  const { canEdit } = useBoard();
  const editing = useBoardUi((state) => state.editing?.kind === 'existing' && state.editing.noteId === note.id);
  const menuOpen = useBoardUi((state) => state.openMenu === note.id);
  const editors = useNoteEditors(note.id);
  const element = useRef<HTMLLIElement>(null);
  const handle = useRef<HTMLButtonElement>(null);
  const near = useNearViewport(element);
  const [focused, setFocused] = useState(false);
  const [sortable, setSortable] = useState<SortableState | null>(null);
  const disabled = !canEdit || editing;
  const roleDescription = t('dnd.roleDescription');
  const bound = canEdit && (near || focused || sortable?.isDragging === true);
  const unbound = useMemo<DraggableAttributes>(
    () => ({
      role: 'button',
      tabIndex: 0,
      'aria-disabled': disabled,
      'aria-pressed': undefined,
      'aria-roledescription': roleDescription,
      'aria-describedby': DND_DESCRIBED_BY,
    }),
    [disabled, roleDescription],
  );
  const onBlur = (event: FocusEvent) => {
    if (!element.current?.contains(event.relatedTarget as Node | null)) setFocused(false);
  };

  const editor = editors?.[0];
  const classes = [
    'note',
    `note--${note.colour}`,
    `note--kind-${note.kind}`,
    sortable?.isDragging ? 'note--dragging' : '',
    editor ? 'note--watched' : '',
    menuOpen ? 'note--menu-open' : '',
    dimmed ? 'note--dimmed' : '',
    sortable?.stackTarget ? 'note--stack-target' : '',
  ];
  return (
    <>
      <li
        ref={element}
        className={classes.filter(Boolean).join(' ')}
        data-note-id={note.id}
        style={
          {
            transform: CSS.Translate.toString(sortable?.transform ?? null),
            transition: sortable?.transition,
            ...(editor ? { '--watcher': editor.user.colour } : {}),
          } as CSSProperties
        }
        onFocus={() => setFocused(true)}
        onBlur={onBlur}
      >
        <NoteContent
          note={note}
          canEdit={canEdit}
          editing={editing}
          menuOpen={menuOpen}
          editors={editors}
          handleAttributes={sortable?.attributes ?? unbound}
          handleListeners={sortable?.listeners}
          handleRef={handle}
        />
        {sortable?.stackTarget && (
          <span className="note__stack-here" aria-hidden="true">
            {t('stackBy.here')}
          </span>
        )}
      </li>
      {bound && (
        <SortableBinding
          id={note.id}
          cell={note.cell}
          disabled={disabled}
          roleDescription={roleDescription}
          element={element}
          handle={handle}
          onChange={setSortable}
        />
      )}
    </>
  );
});
