import type { NoteView } from '@avaa/board-model';
import type { Peer } from '@avaa/workshop-client';
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { memo, type RefObject, useCallback, useId } from 'react';
import { noteLabel } from '../../board/names.ts';
import { CommentBadge } from '../../comments/CommentBadge.tsx';
import { useT } from '../../i18n/index.ts';
import { NoteImage } from '../../noteImages/NoteImage.tsx';
import { NotePathMarks } from '../../paths/table/NotePathMarks.tsx';
import { NoteReactions } from '../../reactions/NoteReactions.tsx';
import { useBoardUi } from '../../state/boardUi.ts';
import { NoteVote } from '../../voting/NoteVote/NoteVote.tsx';
import { KindBadge } from '../KindBadge.tsx';
import { NoteMenu } from '../NoteMenu/NoteMenu.tsx';
import { NoteProvenance } from '../NoteProvenance.tsx';
import { DragHandle } from './DragHandle.tsx';
import { MenuButton } from './MenuButton.tsx';
import { NoteText } from './NoteText.tsx';

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

/** A note card's inside: drag handle, text or editor, badges, votes, service path chips and the actions menu. */
export const NoteContent = memo(function NoteContent(props: Props) {
  const { note, canEdit, editing, menuOpen, editors, handleAttributes } = props;
  const panelId = useId();
  const toggleMenu = useBoardUi((state) => state.toggleMenu);
  const label = noteLabel(note.text);
  const closeMenu = useCallback(() => toggleMenu(null), [toggleMenu]);

  return (
    <>
      {canEdit && handleAttributes && (
        <DragHandle
          label={label}
          attributes={handleAttributes}
          listeners={props.handleListeners}
          handleRef={props.handleRef}
        />
      )}
      <div className="note__body">
        <KindBadge kind={note.kind} />
        <NoteImage note={note} />
        <NoteText note={note} canEdit={canEdit} editing={editing} />
        <NoteProvenance note={note} />
        <NoteVote note={note.id} label={label} />
        <CommentBadge note={note.id} label={label} />
        <NoteReactions note={note.id} />
        <NotePathMarks note={note.id} />
      </div>
      {canEdit && <MenuButton note={note.id} label={label} menuOpen={menuOpen} panelId={panelId} />}
      <Watchers editors={editors} />
      {menuOpen && <NoteMenu note={note} panelId={panelId} onClose={closeMenu} />}
    </>
  );
});

/** Who else is editing the note now. */
function Watchers({ editors }: { editors: readonly Peer[] | undefined }) {
  const t = useT();
  if (!editors || editors.length === 0) return null;
  return (
    <span className="note__watcher">
      {t('note.editingBy', { name: editors.map((peer) => peer.user.name).join(', ') })}
    </span>
  );
}
