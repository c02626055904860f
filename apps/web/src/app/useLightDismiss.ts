import { useLayoutEffect } from 'react';

/**
 * A pop-over (a note's actions, the timer's or the ready check's panel) closes as a menu does:
 * a pointer press or focus outside `within` closes it (tabbing out: a panel left open would
 * cover what focus moved to, WCAG 2.4.11), and Escape inside closes it and gives the keyboard
 * back to `back`, the control that opened it.
 */
export function useLightDismiss(
  open: boolean,
  within: () => Element | null | undefined,
  back: () => HTMLElement | null | undefined,
  close: () => void,
): void {
  // Attached in the commit that opens it, not after the paint: an Escape pressed at once must find it.
  useLayoutEffect(() => {
    if (!open) return;
    const outside = (target: EventTarget | null) => {
      const area = within();
      return area !== null && area !== undefined && target instanceof Node && !area.contains(target);
    };
    const onElsewhere = (event: Event) => {
      if (outside(event.target)) close();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || outside(event.target)) return;
      event.stopPropagation();
      close();
      back()?.focus();
    };
    document.addEventListener('pointerdown', onElsewhere);
    document.addEventListener('focusin', onElsewhere);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onElsewhere);
      document.removeEventListener('focusin', onElsewhere);
      document.removeEventListener('keydown', onKey);
    };
  }, [open, within, back, close]);
}
