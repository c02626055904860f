import { useLayoutEffect, useRef } from 'react';

const MARGIN_PX = 8;

/**
 * Keeps an opened pop-over inside the window sideways (2.4.11: a control off-screen cannot be
 * clicked and its focus ring is not seen). It is placed by CSS beside its button; where that
 * would cut it, it is moved back in before it is painted, and again when the window changes.
 */
export function useKeptInWindow<T extends HTMLElement>(open: boolean) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!open || !element) return;
    const place = () => {
      element.style.translate = '';
      const { left, right } = element.getBoundingClientRect();
      const width = document.documentElement.clientWidth;
      const shift = left < MARGIN_PX ? MARGIN_PX - left : right > width - MARGIN_PX ? width - MARGIN_PX - right : 0;
      element.style.translate = shift === 0 ? '' : `${Math.round(shift)}px 0`;
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [open]);
  return ref;
}
