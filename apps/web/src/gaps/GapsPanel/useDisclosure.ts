import { type KeyboardEvent, type RefObject, useEffect, useRef, useState } from 'react';

export type Disclosure = {
  readonly open: boolean;
  readonly setOpen: (open: boolean) => void;
  /** The panel with its button: a pointer pressed outside it closes the panel. */
  readonly root: RefObject<HTMLDivElement | null>;
  /** Escape closes the panel from any control inside it. */
  readonly onKeyDown: (event: KeyboardEvent) => void;
};

/** A panel opened by its button and closed again by it, by Escape or by a click outside. */
export function useDisclosure(): Disclosure {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    }
  };
  return { open, setOpen, root, onKeyDown };
}
