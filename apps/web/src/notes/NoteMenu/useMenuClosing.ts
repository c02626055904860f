import { type RefObject, useEffect } from 'react';
import { focusAfterRender } from '../../app/focusAfterRender.ts';
import { noteControl } from '../noteControl.ts';

/**
 * When a note's open actions panel closes: a pointer press or focus outside the note (tabbing
 * out: a panel left open would cover what focus moved to), or Escape anywhere in the note, its
 * menu button included (focus then returns to that button).
 */
export function useMenuClosing(panel: RefObject<HTMLElement | null>, noteId: string, onClose: () => void): void {
  useEffect(() => {
    const item = () => panel.current?.closest('li');
    const outside = (target: EventTarget | null) => {
      const note = item();
      return note !== null && note !== undefined && target instanceof Node && !note.contains(target);
    };
    const onPointerDown = (event: PointerEvent) => outside(event.target) && onClose();
    const onFocusIn = (event: FocusEvent) => outside(event.target) && onClose();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || outside(event.target)) return;
      event.stopPropagation();
      onClose();
      focusAfterRender(() => noteControl(noteId, 'menu'));
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [panel, noteId, onClose]);
}
