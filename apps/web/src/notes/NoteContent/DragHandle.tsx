import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import type { RefObject } from 'react';
import { useT } from '../../i18n/index.ts';
import { dotsPath } from './dotsPath.ts';

const HANDLE_DOTS = dotsPath(
  [3, 9].flatMap((x) => [3, 9, 15].map((y) => [x, y] as const)),
  1.6,
);

type Props = {
  /** The note's short name, for the handle's accessible name. */
  label: string;
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
  handleRef: RefObject<HTMLButtonElement | null> | undefined;
};

/** The grip a note is dragged by (pointer, touch or keyboard), marked for focus to return to. */
export function DragHandle({ label, attributes, listeners, handleRef }: Props) {
  const t = useT();
  return (
    <button
      type="button"
      ref={handleRef}
      className="note__handle"
      data-note-control="handle"
      {...attributes}
      {...listeners}
      aria-label={t('note.dragHandle', { note: label })}
    >
      <svg viewBox="0 0 12 18" width="12" height="18" aria-hidden="true" focusable="false">
        <path d={HANDLE_DOTS} />
      </svg>
    </button>
  );
}
