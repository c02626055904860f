import { type RefObject, useCallback } from 'react';
import { useLightDismiss } from '../../app/useLightDismiss.ts';
import { noteControl } from '../noteControl.ts';

/**
 * When a note's open actions panel closes: a pointer press or focus outside the note, or Escape
 * anywhere in the note, its menu button included (focus then returns to that button).
 */
export function useMenuClosing(panel: RefObject<HTMLElement | null>, noteId: string, onClose: () => void): void {
  const note = useCallback(() => panel.current?.closest('li'), [panel]);
  const button = useCallback(() => noteControl(noteId, 'menu'), [noteId]);
  useLightDismiss(true, note, button, onClose);
}
