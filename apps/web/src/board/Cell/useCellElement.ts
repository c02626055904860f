import type { CellId } from '@avaa/board-model';
import { useDroppable } from '@dnd-kit/core';
import { useCallback, useEffect, useRef } from 'react';

/**
 * The cell's element: a drop target for dnd-kit while this person may edit, brought into view
 * once each time the facilitator starts showing it. Returns the ref to put on it.
 */
export function useCellElement(
  cell: CellId,
  canEdit: boolean,
  focused: boolean,
): (node: HTMLDivElement | null) => void {
  const { setNodeRef } = useDroppable({ id: cell, disabled: !canEdit });
  const element = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!focused) return;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.current?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: still ? 'auto' : 'smooth' });
  }, [focused]);
  return useCallback(
    (node: HTMLDivElement | null) => {
      element.current = node;
      setNodeRef(node);
    },
    [setNodeRef],
  );
}
