import type { NoteView } from '@avaa/board-model';
import { DndContext, DragOverlay } from '@dnd-kit/core';
import { type ReactNode, useMemo } from 'react';
import type * as Y from 'yjs';
import { DND_DESCRIBED_BY, DropCellContext } from './BoardContext.ts';
import { useNoteDrag } from './BoardDnd/useNoteDrag.ts';
import { collisionDetection, useDragSensors } from './dragSensors.ts';
import { StackZonesContext } from './stackZone.ts';

/**
 * Drag and drop of notes by pointer, touch and keyboard (the drag itself in BoardDnd/useNoteDrag,
 * what screen readers hear in BoardDnd/useAnnouncements).
 *
 * This component does not re-render when notes change (it reads them when an event comes):
 * re-rendering dnd-kit's context during a drag re-runs its collision detection and wakes
 * every sortable list on the board.
 */
export function BoardDnd({ doc, children }: { doc: Y.Doc; children: ReactNode }) {
  const { keyboard, accessibility, dragged, dropCell, zones, handlers } = useNoteDrag(doc);
  const detect = useMemo(() => collisionDetection(keyboard.target), [keyboard]);
  const sensors = useDragSensors(keyboard.options);
  return (
    <DndContext
      id={DND_DESCRIBED_BY}
      autoScroll={AUTO_SCROLL}
      sensors={sensors}
      collisionDetection={detect}
      accessibility={accessibility}
      {...handlers}
    >
      <StackZonesContext.Provider value={zones}>
        <DropCellContext.Provider value={dropCell}>{children}</DropCellContext.Provider>
      </StackZonesContext.Provider>
      <DragOverlay dropAnimation={null}>{dragged && <DraggedNote note={dragged} />}</DragOverlay>
    </DndContext>
  );
}

/** The note under the pointer while it is dragged: its colour and text. */
function DraggedNote({ note }: { note: NoteView }) {
  return (
    <div className={`note note--${note.colour} note--overlay`}>
      <p className="note__text">{note.text}</p>
    </div>
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
