import { editNoteText, type NoteView } from '@avaa/board-model';
import type { Peer } from '@avaa/sync-client';
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { memo, type RefObject, useCallback, useId } from 'react';
import { focusAfterRender } from '../app/focusAfterRender.ts';
import { useBoard } from '../board/BoardContext.ts';
import { noteLabel } from '../board/names.ts';
import { useT } from '../i18n/index.ts';
import { useBoardUi } from '../state/boardUi.ts';
import { NoteVote } from '../voting/NoteVote.tsx';
import { HyphenatedText } from './HyphenatedText.tsx';
import { KindBadge } from './KindBadge.tsx';
import { NoteEditor } from './NoteEditor/NoteEditor.tsx';
import type { EditorOutcome } from './NoteEditor/useNoteEditing.ts';
import { NoteMenu } from './NoteMenu/NoteMenu.tsx';
import { NoteProvenance } from './NoteProvenance.tsx';
import { noteControl } from './noteControl.ts';

/** Dots as one path each (a circle element per dot is many React fibres times a thousand notes). */
const dots = (points: readonly (readonly [number, number])[], r: number) =>
  points.map(([x, y]) => `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`).join('');
const HANDLE_DOTS = dots(
  [3, 9].flatMap((x) => [3, 9, 15].map((y) => [x, y] as const)),
  1.6,
);
const MENU_DOTS = dots(
  [
    [2, 2],
    [2, 9],
    [2, 16],
  ],
  1.8,
);

type Props = {
  note: NoteView;
  canEdit: boolean;
  editing: boolean;
  menuOpen: boolean;
  /** Others editing this note. */
  editors: readonly Peer[] | undefined;
  /** The drag handle's, from dnd-kit (stable between drag moves); none where notes are not dragged (the list view). */
  handleAttributes?: DraggableAttributes;
  handleListeners?: DraggableSyntheticListeners;
  handleRef?: RefObject<HTMLButtonElement | null>;
};

/** A note card's inside: drag handle, text or editor, badges, votes and the actions menu. */
export const NoteContent = memo(function NoteContent({
  note,
  canEdit,
  editing,
  menuOpen,
  editors,
  handleAttributes,
  handleListeners,
  handleRef,
}: Props) {
  const t = useT();
  const panelId = useId();
  const { doc } = useBoard();
  const edit = useBoardUi((state) => state.edit);
  const toggleMenu = useBoardUi((state) => state.toggleMenu);
  const label = noteLabel(note.text);

  const apply = useCallback((text: string) => editNoteText(doc, note.id, text), [doc, note.id]);
  const finish = useCallback(
    // An emptied note simply keeps its stored text: deleting is a separate, undoable act.
    (_outcome: EditorOutcome, how: 'keyboard' | 'pointer') => {
      edit(null);
      focusAfterRender(() => noteControl(note.id, 'text'), { onlyIfLost: how === 'pointer' });
    },
    [edit, note.id],
  );
  const closeMenu = useCallback(() => toggleMenu(null), [toggleMenu]);

  return (
    <>
      {canEdit && handleAttributes && (
        <button
          type="button"
          ref={handleRef}
          className="note__handle"
          data-note-control="handle"
          {...handleAttributes}
          {...handleListeners}
          aria-label={t('note.dragHandle', { note: label })}
        >
          <svg viewBox="0 0 12 18" width="12" height="18" aria-hidden="true" focusable="false">
            <path d={HANDLE_DOTS} />
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
          <button
            type="button"
            className="note__text"
            data-note-control="text"
            onClick={() => edit({ kind: 'existing', noteId: note.id })}
          >
            <HyphenatedText text={note.text} />
          </button>
        ) : (
          <p className="note__text">
            <HyphenatedText text={note.text} />
          </p>
        )}
        <NoteProvenance note={note} />
        <NoteVote note={note.id} label={label} />
      </div>
      {canEdit && (
        <button
          type="button"
          className="note__menu-button"
          data-note-control="menu"
          aria-label={t('note.actions', { note: label })}
          aria-expanded={menuOpen}
          aria-controls={menuOpen ? panelId : undefined}
          onClick={() => toggleMenu(note.id)}
        >
          <svg viewBox="0 0 4 18" width="4" height="18" aria-hidden="true" focusable="false">
            <path d={MENU_DOTS} />
          </svg>
        </button>
      )}
      {editors && editors.length > 0 && (
        <span className="note__watcher">
          {t('note.editingBy', { name: editors.map((peer) => peer.user.name).join(', ') })}
        </span>
      )}
      {menuOpen && <NoteMenu note={note} panelId={panelId} onClose={closeMenu} />}
    </>
  );
});
