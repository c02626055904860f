import type { DraggableAttributes } from '@dnd-kit/core';
import { type FocusEvent, type RefObject, useMemo, useState } from 'react';
import { DND_DESCRIBED_BY } from '../../board/BoardContext.ts';
import { useT } from '../../i18n/index.ts';
import { useNearViewport } from '../nearViewport.ts';
import type { SortableState } from './SortableBinding.tsx';

export type CardDrag = {
  /** dnd-kit's state of the card while it is bound; null while not. */
  readonly sortable: SortableState | null;
  readonly setSortable: (state: SortableState | null) => void;
  /** Whether dnd-kit binds the card now: near the screen, focused or dragged. */
  readonly bound: boolean;
  readonly disabled: boolean;
  readonly roleDescription: string;
  /** The handle's attributes, dnd-kit's or the same ones made here while unbound. */
  readonly handleAttributes: DraggableAttributes;
  /** The card's focus listeners: a focused card stays bound (a keyboard drag starts from it). */
  readonly focusListeners: { onFocus: () => void; onBlur: (event: FocusEvent) => void };
};

/** When a card is bound to dnd-kit, and what its handle says meanwhile. `still`: no dragging now (editing, drawing a path). */
export function useCardDrag(element: RefObject<HTMLElement | null>, canEdit: boolean, still: boolean): CardDrag {
  const t = useT();
  const near = useNearViewport(element);
  const [focused, setFocused] = useState(false);
  const [sortable, setSortable] = useState<SortableState | null>(null);
  const disabled = !canEdit || still;
  const roleDescription = t('dnd.roleDescription');
  const unbound = useUnboundHandle(disabled, roleDescription);
  const onBlur = (event: FocusEvent) => {
    if (!element.current?.contains(event.relatedTarget as Node | null)) setFocused(false);
  };
  return {
    sortable,
    setSortable,
    bound: canEdit && (near || focused || sortable?.isDragging === true),
    disabled,
    roleDescription,
    handleAttributes: sortable?.attributes ?? unbound,
    focusListeners: { onFocus: () => setFocused(true), onBlur },
  };
}

/**
 * The attributes dnd-kit gives a drag handle, for the handle of a note that is not bound to
 * dnd-kit (far from the screen): it reads the same to a screen reader either way.
 */
function useUnboundHandle(disabled: boolean, roleDescription: string): DraggableAttributes {
  return useMemo<DraggableAttributes>(
    () => ({
      role: 'button',
      tabIndex: 0,
      'aria-disabled': disabled,
      'aria-pressed': undefined,
      'aria-roledescription': roleDescription,
      'aria-describedby': DND_DESCRIBED_BY,
    }),
    [disabled, roleDescription],
  );
}
