import { type RefObject, useEffect } from 'react';

/**
 * A pop-over disclosure (a `<details>` whose panel floats over the page) closes as a menu does:
 * Escape closes it and gives the keyboard back to its summary, and the keyboard or a pointer
 * going elsewhere closes it. Left open, the timer's panel covered the fields after it while
 * they had the focus (WCAG 2.4.11), and Enter there started a vote.
 */
export function useLightDismiss(
  open: boolean,
  details: RefObject<HTMLElement | null>,
  summary: RefObject<HTMLElement | null>,
  close: () => void,
): void {
  useEffect(() => {
    if (!open) return;
    const outside = (target: EventTarget | null) => target instanceof Node && !details.current?.contains(target);
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || outside(event.target)) return;
      event.preventDefault();
      close();
      summary.current?.focus();
    };
    const onElsewhere = (event: Event) => {
      if (outside(event.target)) close();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('focusin', onElsewhere);
    document.addEventListener('pointerdown', onElsewhere);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', onElsewhere);
      document.removeEventListener('pointerdown', onElsewhere);
    };
  }, [open, details, summary, close]);
}
