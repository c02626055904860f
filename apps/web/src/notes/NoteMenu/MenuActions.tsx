import type { NoteView } from '@avaa/board-model';
import type { RefObject } from 'react';
import { CommentsMenuAction } from '../../comments/CommentBadge.tsx';
import { useMayDelete } from '../../deleted/useMayDelete.ts';
import { useT } from '../../i18n/index.ts';
import { NoteImageActions } from '../../noteImages/NoteImageActions.tsx';
import { ReactionsMenuActions } from '../../reactions/NoteReactions.tsx';

/** The menu's forms, each opened by its own button (which focus returns to when it closes). */
export type MenuForm = 'move' | 'stack' | 'agree' | 'path';

export type Openers = Readonly<Record<MenuForm, RefObject<HTMLButtonElement | null>>>;

type Props = {
  note: NoteView;
  panelId: string;
  openers: Openers;
  /** Whether the note heads a stack (it may be split). */
  stacked: boolean;
  /** Whether this person makes agreement items of notes here. */
  canAgree: boolean;
  onOpen: (form: MenuForm) => void;
  onSplit: () => void;
  onRemove: () => void;
};

/** The menu's buttons: move, stack, split, add to a service path, agreement item and delete. */
export function MenuActions({ note, panelId, openers, stacked, canAgree, onOpen, onSplit, onRemove }: Props) {
  const t = useT();
  const mayDelete = useMayDelete(note);
  const whyId = `${panelId}-not-yours`;
  return (
    <>
      <div className="menu__actions">
        <button type="button" ref={openers.move} onClick={() => onOpen('move')}>
          {t('note.moveTo')}
        </button>
        <button type="button" ref={openers.stack} onClick={() => onOpen('stack')}>
          {t('stackBy.action')}
        </button>
        {stacked && (
          <button type="button" onClick={onSplit}>
            {t('stack.splitButton')}
          </button>
        )}
        <button type="button" ref={openers.path} onClick={() => onOpen('path')}>
          {t('pathDrawing.menuAction')}
        </button>
        <CommentsMenuAction note={note.id} />
        {canAgree && (
          <button type="button" ref={openers.agree} onClick={() => onOpen('agree')}>
            {t('fromNote.action')}
          </button>
        )}
        <button
          type="button"
          className="button--danger"
          disabled={!mayDelete}
          aria-describedby={mayDelete ? undefined : whyId}
          onClick={onRemove}
        >
          {t('note.delete')}
        </button>
      </div>
      {!mayDelete && (
        <p id={whyId} className="note-menu__why">
          {t('deleted.notYours')}
        </p>
      )}
      <NoteImageActions note={note} />
      <ReactionsMenuActions note={note.id} />
    </>
  );
}
