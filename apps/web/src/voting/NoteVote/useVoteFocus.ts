import { type RefObject, useEffect, useRef } from 'react';

export type VoteButton = 'place' | 'takeBack';

/**
 * Keeps the focus on the note's vote buttons: a button that disappears or turns disabled under
 * the pointer or keyboard would drop focus to the page, so the other one takes it. `moveTo`
 * says which, before the dots change; the move happens once they have.
 */
export function useVoteFocus(
  buttons: Readonly<Record<VoteButton, RefObject<HTMLButtonElement | null>>>,
  mine: number,
  left: number,
): (button: VoteButton) => void {
  const refocus = useRef<VoteButton | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after my dots change, when the buttons have re-rendered.
  useEffect(() => {
    if (refocus.current === null) return;
    const target = buttons[refocus.current].current;
    refocus.current = null;
    target?.focus();
  }, [mine, left]);
  return (button) => {
    refocus.current = button;
  };
}
