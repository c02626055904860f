import { type UndoState, undoReading } from '@avaa/workshop-client';
import { useEffect, useMemo } from 'react';
import type * as Y from 'yjs';
import { useReading } from '../client/useReading.ts';

/** Whether the local undo and redo stacks have anything, for enabling the buttons. */
export function useUndoState(manager: Y.UndoManager | null): UndoState {
  return useReading(useMemo(() => undoReading(manager), [manager]));
}

/**
 * Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, but only outside text fields: inside a
 * note's textarea the browser's own text undo is what the person expects.
 */
export function useUndoShortcuts(manager: Y.UndoManager | null): void {
  useEffect(() => {
    if (!manager) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) manager.undo();
      else if ((key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey)) manager.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [manager]);
}

/** Inputs that take no typed text: keys on them are the page's. */
const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** A field that takes typed text: shortcuts leave its keys to the browser. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TYPED.has(target.type);
  return target.isContentEditable || target instanceof HTMLTextAreaElement;
}
