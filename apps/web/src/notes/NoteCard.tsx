import { editNoteText, type NoteView } from '@avaa/board-model';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { type CSSProperties, memo, useCallback, useContext, useId } from 'react';
import { EditorsContext, useBoard } from '../board/BoardContext.ts';
import { noteLabel } from '../board/names.ts';
import { useT } from '../i18n/index.ts';
import { useBoardUi } from '../state/boardUi.ts';
import { NoteVote } from '../voting/NoteVote.tsx';
import { focusSoon } from './focusSoon.ts';
import { KindBadge } from './KindBadge.tsx';
import { type EditorOutcome, NoteEditor } from './NoteEditor.tsx';
import { NoteMenu } from './NoteMenu.tsx';
import { NoteProvenance } from './NoteProvenance.tsx';
import './note.css';

/**
 * One sticky note on the board: text (or its editor), kind, drag handle, actions and, on the
 * common table during or after a vote, its dots. `dimmed`: another kind than the filter shows.
 */
export const NoteCard = memo(function NoteCard({ note, dimmed = false }: { note: NoteView; dimmed?: boolean }) {
  const t = useT();
  const panelId = useId();
  const { doc, canEdit } = useBoard();
  const editing = useBoardUi((state) => state.editing?.kind === 'existing' && state.editing.noteId === note.id);
  const menuOpen = useBoardUi((state) => state.openMenu === note.id);
  const edit = useBoardUi((state) => state.edit);
  const toggleMenu = useBoardUi((state) => state.toggleMenu);
  const editors = useContext(EditorsContext).get(note.id);
  const label = noteLabel(note.text);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: note.id,
    data: { cell: note.cell },
    disabled: !canEdit || editing,
    attributes: { roleDescription: t('dnd.roleDescription') },
  });

  const apply = useCallback((text: string) => editNoteText(doc, note.id, text), [doc, note.id]);
  const finish = useCallback(
    // An emptied note simply keeps its stored text: deleting is a separate, undoable act.
    (_outcome: EditorOutcome, how: 'keyboard' | 'pointer') => {
      edit(null);
      focusSoon(`[data-note-id="${note.id}"] .note__text`, how === 'keyboard');
    },
    [edit, note.id],
  );
  const closeMenu = useCallback(() => toggleMenu(null), [toggleMenu]);

  const editor = editors?.[0];
  const classes = [
    'note',
    `note--${note.colour}`,
    `note--kind-${note.kind}`,
    isDragging ? 'note--dragging' : '',
    editor ? 'note--watched' : '',
    menuOpen ? 'note--menu-open' : '',
    dimmed ? 'note--dimmed' : '',
  ];
  return (
    <li
      ref={setNodeRef}
      className={classes.filter(Boolean).join(' ')}
      data-note-id={note.id}
      style={
        {
          transform: CSS.Translate.toString(transform),
          transition,
          ...(editor ? { '--watcher': editor.user.colour } : {}),
        } as CSSProperties
      }
    >
      {canEdit && (
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="note__handle"
          {...attributes}
          {...listeners}
          aria-label={t('note.dragHandle', { note: label })}
        >
          <svg viewBox="0 0 12 18" width="12" height="18" aria-hidden="true" focusable="false">
            {[3, 9].flatMap((x) => [3, 9, 15].map((y) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.6" />))}
          </svg>
        </button>
      )}
      <div className="note__body">
        <KindBadge kind={note.kind} />
        {editing ? (
          <NoteEditor
            noteId={note.id}
            docText={note.text}
            label={t('note.editorLabel')}
            apply={apply}
            onFinish={finish}
          />
        ) : canEdit ? (
          <button type="button" className="note__text" onClick={() => edit({ kind: 'existing', noteId: note.id })}>
            {note.text}
          </button>
        ) : (
          <p className="note__text">{note.text}</p>
        )}
        <NoteProvenance note={note} />
        <NoteVote note={note.id} label={label} />
      </div>
      {canEdit && (
        <button
          type="button"
          className="note__menu-button"
          aria-label={t('note.actions', { note: label })}
          aria-expanded={menuOpen}
          aria-controls={menuOpen ? panelId : undefined}
          onClick={() => toggleMenu(note.id)}
        >
          <svg viewBox="0 0 4 18" width="4" height="18" aria-hidden="true" focusable="false">
            <circle cx="2" cy="2" r="1.8" />
            <circle cx="2" cy="9" r="1.8" />
            <circle cx="2" cy="16" r="1.8" />
          </svg>
        </button>
      )}
      {editor && (
        <span className="note__watcher">
          {t('note.editingBy', { name: editors.map((peer) => peer.user.name).join(', ') })}
        </span>
      )}
      {menuOpen && <NoteMenu note={note} panelId={panelId} onClose={closeMenu} />}
    </li>
  );
});
