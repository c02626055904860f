import { isNoteId, moveNote, type NoteView } from '@avaa/board-model';
import type { DragCancelEvent, DragEndEvent, DragOverEvent, DragStartEvent } from '@dnd-kit/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { focusAfterRender } from '../../app/focusAfterRender.ts';
import { currentNotes } from '../../doc/useNotesByCell.ts';
import { holdNearChanges } from '../../notes/nearViewport.ts';
import { noteControl } from '../../notes/noteControl.ts';
import { type DropTarget, notePlace } from '../dropTarget.ts';
import { keyboardDrag } from '../keyboardDrag.ts';
import { stackOnto } from '../stackOnto.ts';
import { stackHead } from '../stackZone.ts';
import { findNote, target } from './readNotes.ts';
import { useAnnouncements } from './useAnnouncements.ts';

/**
 * A drag of a note from start to drop. The document changes once, on drop (`moveNote`, or
 * `stackOnto` over another note's middle); while dragging, only the dragged note, the target
 * cell and whether stack zones show are local state.
 */
export function useNoteDrag(doc: Y.Doc) {
  const keyboard = useMemo(() => keyboardDrag(doc), [doc]);
  // Whether this drag is by keyboard, whose targets are places (a note's middle means nothing).
  const byKeyboard = useRef(false);
  // Where the last drop put the note, read back from the document for its announcement.
  const dropped = useRef<DropTarget | null>(null);
  const [dragged, setDragged] = useState<NoteView | null>(null);
  const [dropCell, setDropCell] = useState<DropTarget['cell'] | null>(null);
  const [zones, setZones] = useState(false);
  const accessibility = useAnnouncements(doc, byKeyboard, dropped);
  // A board closed mid-drag must not leave the notes' binding on hold.
  useEffect(() => () => holdNearChanges(false), []);

  const settle = () => {
    holdNearChanges(false);
    keyboard.reset();
    setDragged(null);
    setDropCell(null);
    setZones(false);
  };
  const handlers = {
    onDragStart: ({ active, activatorEvent }: DragStartEvent) => {
      holdNearChanges(true);
      keyboard.reset();
      byKeyboard.current = activatorEvent instanceof KeyboardEvent;
      // A pointer or a finger can aim at a note's middle; the keyboard stacks from the menu.
      setZones(!byKeyboard.current);
      setDragged(findNote(doc, active.id) ?? null);
    },
    onDragOver: ({ active, over }: DragOverEvent) =>
      setDropCell(target(doc, active, over, byKeyboard.current)?.cell ?? null),
    onDragEnd: (event: DragEndEvent) => {
      dropped.current = drop(doc, event, byKeyboard.current, settle);
    },
    onDragCancel: (_event: DragCancelEvent) => settle(),
  };
  return { keyboard, accessibility, dragged, dropCell, zones, handlers };
}

/** Puts the note where it was dropped; returns the place it took (null if none, or stacked). */
function drop(doc: Y.Doc, { active, over }: DragEndEvent, byKeyboard: boolean, settle: () => void): DropTarget | null {
  const at = target(doc, active, over, byKeyboard);
  const head = stackHead(over);
  settle();
  if (!isNoteId(active.id)) return null;
  if (head) {
    stackOnto(doc, active.id, head);
    return null;
  }
  if (!at) return null;
  const from = notePlace(currentNotes(doc), active.id);
  if (!from || from.cell !== at.cell || from.index !== at.index) moveNote(doc, active.id, at.cell, at.index);
  // A note moved to another cell is drawn anew there; its handle takes the focus back.
  const moved = active.id;
  if (byKeyboard) focusAfterRender(() => noteControl(moved, 'handle'));
  return notePlace(currentNotes(doc), active.id);
}
