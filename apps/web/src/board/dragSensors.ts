import { isCellId, isNoteId, type NoteId } from '@avaa/board-model';
import {
  type CollisionDetection,
  closestCorners,
  KeyboardSensor,
  type KeyboardSensorOptions,
  PointerSensor,
  pointerWithin,
  TouchSensor,
  type UniqueIdentifier,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { isStackZone, REORDER_EDGE, stackZoneId } from './stackZone.ts';

/**
 * Mouse and pen only: touch goes to the TouchSensor, whose press-and-hold delay lets people
 * scroll the board with a finger without dragging notes by accident.
 */
class MouseAndPenSensor extends PointerSensor {
  static override activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: ({ nativeEvent }: ReactPointerEvent) =>
        nativeEvent.isPrimary && nativeEvent.button === 0 && nativeEvent.pointerType !== 'touch',
    },
  ];
}

// Module-level options: dnd-kit rebuilds its sensors (and re-renders every draggable note)
// whenever an option object changes identity, so fresh objects per render cost a whole board.
// A few pixels of travel before a drag starts, so a click on the handle stays a click.
const MOUSE = { activationConstraint: { distance: 5 } };
const TOUCH = { activationConstraint: { delay: 200, tolerance: 8 } };

/** `keyboard` is kept the same object for the board's life (see keyboardDrag.ts). */
export function useDragSensors(keyboard: KeyboardSensorOptions) {
  return useSensors(
    useSensor(MouseAndPenSensor, MOUSE),
    useSensor(TouchSensor, TOUCH),
    useSensor(KeyboardSensor, keyboard),
  );
}

/**
 * With a pointer: the note under it if any (its middle, to stack onto, when that zone is live;
 * its top or bottom quarter, to reorder), else the cell under it. With the keyboard (no
 * pointer): the target its arrows reached (`keyboardTarget`, see keyboardDrag.ts), or the note
 * itself before the first arrow.
 *
 * This runs on every pointer move over a thousand notes: the cell under the pointer is found
 * first and only that cell's notes are tested (a note lies inside its cell), since each rect
 * read costs dnd-kit a look at the scroll offsets. Off the cells, the nearest cell is found
 * first the same way.
 */
export function collisionDetection(keyboardTarget: () => UniqueIdentifier | null): CollisionDetection {
  return (args) => (args.pointerCoordinates ? byPointer(args) : byKeyboard(args, keyboardTarget()));
}

function byKeyboard(args: Parameters<CollisionDetection>[0], target: UniqueIdentifier | null) {
  const id = target ?? args.active.id;
  if (args.droppableContainers.some((container) => container.id === id)) return [{ id }];
  return closestCorners(withoutZones(args));
}

const byPointer: CollisionDetection = (args) => {
  const cells = args.droppableContainers.filter((container) => isCellId(container.id));
  const within = pointerWithin({ ...args, droppableContainers: cells });
  const cell = within[0]?.id;
  if (cell !== undefined) {
    const note = pointerWithin({ ...args, droppableContainers: notesOf(args, cell) })[0];
    if (!note) return within;
    const zone = middleOf(args, note.id);
    return zone ? [{ id: zone }] : [note];
  }
  // Between or outside the cells: the nearest corners among the nearest cell and its notes.
  const nearest = closestCorners({ ...args, droppableContainers: cells })[0]?.id;
  if (nearest === undefined) return closestCorners(withoutZones(args));
  const candidates = [...cells.filter((container) => container.id === nearest), ...notesOf(args, nearest)];
  return closestCorners({ ...args, droppableContainers: candidates });
};

function notesOf(args: Parameters<CollisionDetection>[0], cell: UniqueIdentifier) {
  return args.droppableContainers.filter(
    (container) => isNoteId(container.id) && container.data.current?.cell === cell,
  );
}

/** The stack zone of `note` when the pointer is over its middle half and the zone is live. */
function middleOf(args: Parameters<CollisionDetection>[0], note: UniqueIdentifier): UniqueIdentifier | null {
  const rect = args.droppableRects.get(note);
  const y = args.pointerCoordinates?.y;
  if (!rect || y === undefined || note === args.active.id) return null;
  const edge = rect.height * REORDER_EDGE;
  if (y < rect.top + edge || y > rect.bottom - edge) return null;
  const id = stackZoneId(note as NoteId);
  return args.droppableContainers.some((container) => container.id === id) ? id : null;
}

function withoutZones(args: Parameters<CollisionDetection>[0]): Parameters<CollisionDetection>[0] {
  return { ...args, droppableContainers: args.droppableContainers.filter((container) => !isStackZone(container.id)) };
}
