import { isNoteId } from '@avaa/board-model';
import {
  type CollisionDetection,
  closestCorners,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import type { PointerEvent as ReactPointerEvent } from 'react';

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

export function useDragSensors() {
  return useSensors(
    // A few pixels of travel before a drag starts, so a click on the handle stays a click.
    useSensor(MouseAndPenSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
}

/**
 * With a pointer: the note under it if any, else the cell under it. With the keyboard (no
 * pointer): the nearest corners, which steps from note to note and across cells.
 */
export const collisionDetection: CollisionDetection = (args) => {
  if (args.pointerCoordinates) {
    const within = pointerWithin(args);
    const note = within.find((collision) => isNoteId(collision.id));
    if (note) return [note];
    if (within.length > 0) return within;
  }
  return closestCorners(args);
};
