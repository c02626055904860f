import { isNoteId, moveNote, type NoteId, type NoteView } from '@avaa/board-model';
import { type Active, type Announcements, DndContext, type DragEndEvent, DragOverlay, type Over } from '@dnd-kit/core';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { focusAfterRender } from '../app/focusAfterRender.ts';
import { currentNotes, type NotesByCell } from '../doc/useNotesByCell.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { holdNearChanges } from '../notes/nearViewport.ts';
import { noteControl } from '../notes/noteControl.ts';
import { DND_DESCRIBED_BY, DropCellContext } from './BoardContext.ts';
import { collisionDetection, useDragSensors } from './dragSensors.ts';
import { type DropTarget, dropTarget, notePlace } from './dropTarget.ts';
import { keyboardDrag } from './keyboardDrag.ts';
import { cellName, noteLabel } from './names.ts';
import { stackOnto } from './stackOnto.ts';
import { StackZonesContext, stackHead } from './stackZone.ts';

/**
 * Drag and drop of notes by pointer, touch and keyboard. The document changes once, on drop
 * (`moveNote`, or `stackOnto` over another note's middle); while dragging, only the highlighted
 * target cell is local state. Screen-reader announcements name notes by their text and cells by
 * phase and dimension.
 *
 * This component does not re-render when notes change (it reads them when an event comes):
 * re-rendering dnd-kit's context during a drag re-runs its collision detection and wakes
 * every sortable list on the board.
 */
export function BoardDnd({ doc, children }: { doc: Y.Doc; children: ReactNode }) {
  const t = useT();
  const language = useLanguage();
  const keyboard = useMemo(() => keyboardDrag(doc), [doc]);
  const detect = useMemo(() => collisionDetection(keyboard.target), [keyboard]);
  const sensors = useDragSensors(keyboard.options);
  // Whether this drag is by keyboard, whose targets are places (a note's middle means nothing).
  const byKeyboard = useRef(false);
  // Where the last drop put the note, read back from the document for its announcement.
  const dropped = useRef<DropTarget | null>(null);
  const [dragged, setDragged] = useState<NoteView | null>(null);
  const [dropCell, setDropCell] = useState<DropTarget['cell'] | null>(null);
  const [zones, setZones] = useState(false);
  // Announcements and handlers run outside render; they read the latest notes when called.

  const announcements = useMemo<Announcements>(() => {
    const noteName = (id: NoteId) => noteLabel(findNote(currentNotes(doc), id)?.text ?? '');
    const name = (active: Active) => noteName(active.id as NoteId);
    const place = (at: DropTarget) => ({ cell: cellName(at.cell, language), position: at.index + 1, total: at.total });
    return {
      onDragStart: ({ active }) => {
        const at = isNoteId(active.id) ? notePlace(currentNotes(doc), active.id) : null;
        return at ? t('dnd.pickedUp', { note: name(active), ...place(at) }) : undefined;
      },
      onDragOver: ({ active, over }) => {
        const head = stackHead(over);
        if (head) return t('dnd.overStack', { note: name(active), target: noteName(head) });
        const at = target(currentNotes(doc), active, over, byKeyboard.current);
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
  }, [doc, language, t]);
  const accessibility = useMemo(
    () => ({ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }),
    [announcements, t],
  );

  // A board closed mid-drag must not leave the notes' binding on hold.
  useEffect(() => () => holdNearChanges(false), []);

  const end = ({ active, over }: DragEndEvent) => {
    holdNearChanges(false);
    const at = target(currentNotes(doc), active, over, byKeyboard.current);
    const head = stackHead(over);
    const keyboardDrop = byKeyboard.current;
    dropped.current = null;
    keyboard.reset();
    setDragged(null);
    setDropCell(null);
    setZones(false);
    if (!isNoteId(active.id)) return;
    if (head) {
      stackOnto(doc, active.id, head);
      return;
    }
    if (!at) return;
    const from = notePlace(currentNotes(doc), active.id);
    if (!from || from.cell !== at.cell || from.index !== at.index) moveNote(doc, active.id, at.cell, at.index);
    dropped.current = notePlace(currentNotes(doc), active.id);
    // A note moved to another cell is drawn anew there; its handle takes the focus back.
    const moved = active.id;
    if (keyboardDrop) focusAfterRender(() => noteControl(moved, 'handle'));
  };

  return (
    <DndContext
      id={DND_DESCRIBED_BY}
      autoScroll={AUTO_SCROLL}
      sensors={sensors}
      collisionDetection={detect}
      accessibility={accessibility}
      onDragStart={({ active, activatorEvent }) => {
        holdNearChanges(true);
        keyboard.reset();
        byKeyboard.current = activatorEvent instanceof KeyboardEvent;
        // A pointer or a finger can aim at a note's middle; the keyboard stacks from the menu.
        setZones(!byKeyboard.current);
        setDragged(findNote(currentNotes(doc), active.id) ?? null);
      }}
      onDragOver={({ active, over }) =>
        setDropCell(target(currentNotes(doc), active, over, byKeyboard.current)?.cell ?? null)
      }
      onDragEnd={end}
      onDragCancel={() => {
        holdNearChanges(false);
        keyboard.reset();
        setZones(false);
        setDragged(null);
        setDropCell(null);
      }}
    >
      <StackZonesContext.Provider value={zones}>
        <DropCellContext.Provider value={dropCell}>{children}</DropCellContext.Provider>
      </StackZonesContext.Provider>
      <DragOverlay dropAnimation={null}>
        {dragged && (
          <div className={`note note--${dragged.colour} note--overlay`}>
            <p className="note__text">{dragged.text}</p>
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
}

/**
 * Scrolling the page while a note is dragged near its edge: a step a frame (dnd-kit's default
 * 5 ms steps re-render the drag context, and with it every sortable list, up to three times a
 * frame), only in the outer 6 % of the window and gently. dnd-kit's default fifth of the window
 * at full speed scrolled a phone's table two cells past a thumb resting near the bottom edge,
 * so the note landed where the finger no longer was.
 */
const AUTO_SCROLL = { interval: 16, acceleration: 8, threshold: { x: 0.1, y: 0.06 } };

/** Where the note would land; by keyboard, over a note of another cell always means before it. */
function target(notes: NotesByCell, active: Active, over: Over | null, byKeyboard: boolean): DropTarget | null {
  if (!over || !isNoteId(active.id)) return null;
  if (over.id === active.id) return notePlace(notes, active.id);
  const rect = byKeyboard ? null : active.rect.current.translated;
  return dropTarget(notes, active.id, String(over.id), rect, over.rect);
}

function findNote(notes: NotesByCell, id: Active['id']): NoteView | undefined {
  for (const list of notes.values()) {
    const note = list.find((candidate) => candidate.id === (id as NoteId));
    if (note) return note;
  }
  return undefined;
}
