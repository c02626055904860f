import { isNoteId, type NoteId } from '@avaa/board-model';
import type { Active, Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { type RefObject, useMemo } from 'react';
import type * as Y from 'yjs';
import { currentNotes } from '../../doc/useNotesByCell.ts';
import { useLanguage, useT } from '../../i18n/index.ts';
import { type DropTarget, notePlace } from '../dropTarget.ts';
import { cellName, noteLabel } from '../names.ts';
import { stackHead } from '../stackZone.ts';
import { findNote, target } from './readNotes.ts';

type Accessibility = { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions };

/**
 * What a screen reader hears during a drag: notes named by their text, cells by phase and
 * dimension. They run outside render and read the latest notes when called. `byKeyboard`: this
 * drag's kind; `dropped`: where the last drop put the note, read back from the document.
 */
export function useAnnouncements(
  doc: Y.Doc,
  byKeyboard: RefObject<boolean>,
  dropped: RefObject<DropTarget | null>,
): Accessibility {
  const t = useT();
  const language = useLanguage();
  return useMemo(() => {
    const noteName = (id: NoteId | Active['id']) => noteLabel(findNote(doc, id)?.text ?? '');
    const name = (active: Active) => noteName(active.id);
    const place = (at: DropTarget) => ({ cell: cellName(at.cell, language), position: at.index + 1, total: at.total });
    const announcements: Announcements = {
      onDragStart: ({ active }) => {
        const at = isNoteId(active.id) ? notePlace(currentNotes(doc), active.id) : null;
        return at ? t('dnd.pickedUp', { note: name(active), ...place(at) }) : undefined;
      },
      onDragOver: ({ active, over }) => {
        const head = stackHead(over);
        if (head) return t('dnd.overStack', { note: name(active), target: noteName(head) });
        const at = target(doc, active, over, byKeyboard.current);
        if (!at) return t('dnd.outside', { note: name(active) });
        return t('dnd.overNote', { note: name(active), ...place(at) });
      },
      onDragEnd: ({ active, over }) => {
        const head = stackHead(over);
        if (head) return t('dnd.stacked', { note: name(active), target: noteName(head) });
        // The place the note took: this runs after the move, when the target would count it twice.
        const at = dropped.current;
        return at ? t('dnd.dropped', { note: name(active), ...place(at) }) : t('dnd.cancelled', { note: name(active) });
      },
      onDragCancel: ({ active }) => t('dnd.cancelled', { note: name(active) }),
    };
    return { announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } };
  }, [doc, language, t, byKeyboard, dropped]);
}
