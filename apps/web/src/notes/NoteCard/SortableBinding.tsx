import type { CellId, NoteId } from '@avaa/board-model';
import { type DraggableAttributes, type DraggableSyntheticListeners, useDroppable } from '@dnd-kit/core';
import { useSortable } from '@dnd-kit/sortable';
import type { Transform } from '@dnd-kit/utilities';
import { memo, useContext, useLayoutEffect } from 'react';
import { StackZonesContext, stackZoneId } from '../../board/stackZone.ts';

/** What a note card takes from dnd-kit while it is bound. */
export type SortableState = {
  readonly attributes: DraggableAttributes;
  readonly listeners: DraggableSyntheticListeners;
  readonly transform: Transform | null;
  readonly transition: string | undefined;
  readonly isDragging: boolean;
  /** A dragged note is over this note's middle: dropping stacks it here. */
  readonly stackTarget: boolean;
};

type Props = {
  id: NoteId;
  cell: CellId;
  disabled: boolean;
  roleDescription: string;
  /** The card and its drag handle, attached before this renders (it comes after the card). */
  element: { readonly current: HTMLElement | null };
  handle: { readonly current: HTMLElement | null };
  onChange: (state: SortableState | null) => void;
};

const NO_RESIZE_OBSERVER = { disabled: true };

/**
 * A note's part in drag and drop, rendering nothing: registers the card as draggable, as a drop
 * target to reorder by and, during a pointer drag, its middle as a target to stack onto (see
 * stackZone.ts); reports what the card shows (handle attributes, listeners, displacement).
 *
 * dnd-kit re-renders every sortable item whenever the pointer passes over another item or the
 * targets are re-measured; with a thousand notes that is a whole board per event. So only the
 * notes near the screen (or focused, or dragged) are bound, and the binding is a component of
 * its own, which the card reports to only when something it shows changed.
 */
export const SortableBinding = memo(function SortableBinding({
  id,
  cell,
  disabled,
  roleDescription,
  element,
  handle,
  onChange,
}: Props) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
    data: { cell },
    disabled,
    attributes: { roleDescription },
    // Mid-drag, a note growing as someone types into it would re-measure every target and
    // re-render every bound note; targets are measured at the start and when a cell's notes change.
    resizeObserverConfig: NO_RESIZE_OBSERVER,
  });
  const zones = useContext(StackZonesContext);
  const zone = useDroppable({ id: stackZoneId(id), data: { cell, stackOf: id }, disabled: disabled || !zones });
  const setZoneRef = zone.setNodeRef;
  const stackTarget = zone.isOver;
  useLayoutEffect(() => {
    setNodeRef(element.current);
    setZoneRef(element.current);
    setActivatorNodeRef(handle.current);
    return () => {
      setNodeRef(null);
      setZoneRef(null);
      setActivatorNodeRef(null);
    };
  }, [element, handle, setNodeRef, setZoneRef, setActivatorNodeRef]);
  const x = transform?.x;
  const y = transform?.y;
  const scaleX = transform?.scaleX;
  const scaleY = transform?.scaleY;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the transform is compared by its numbers.
  useLayoutEffect(() => {
    onChange({ attributes, listeners, transform, transition, isDragging, stackTarget });
  }, [onChange, attributes, listeners, x, y, scaleX, scaleY, transition, isDragging, stackTarget]);
  useLayoutEffect(() => () => onChange(null), [onChange]);
  return null;
});
