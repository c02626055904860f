import { setFocus, setPresenting, setStage } from '@avaa/board-model';
import { type RefObject, useRef } from 'react';
import type * as Y from 'yjs';
import { focusAfterRender, pageHeading } from '../app/focusAfterRender.ts';

export type RoundControls = {
  readonly buttons: {
    readonly start: RefObject<HTMLButtonElement | null>;
    readonly previous: RefObject<HTMLButtonElement | null>;
    readonly next: RefObject<HTMLButtonElement | null>;
    readonly stop: RefObject<HTMLButtonElement | null>;
  };
  /** The group at this index of `numbers` presents. */
  readonly present: (index: number) => void;
  readonly start: () => void;
  readonly stop: () => void;
};

/**
 * The facilitator's steps through the presentation round, each written to `settings.presenting`.
 * The control pressed gives way to another (or goes disabled): focus goes to what comes next.
 */
export function useRoundControls(doc: Y.Doc, numbers: readonly number[]): RoundControls {
  const buttons = {
    start: useRef<HTMLButtonElement>(null),
    previous: useRef<HTMLButtonElement>(null),
    next: useRef<HTMLButtonElement>(null),
    stop: useRef<HTMLButtonElement>(null),
  };
  const present = (index: number) => {
    setPresenting(doc, numbers[index] ?? null);
    const last = index === numbers.length - 1;
    if (index === 0 || last) focusAfterRender(last ? [buttons.stop, buttons.previous] : [buttons.next, buttons.stop]);
  };
  const start = () => {
    startRound(doc, numbers[0] ?? null);
    focusAfterRender([buttons.next, buttons.stop]);
  };
  const stop = () => {
    setPresenting(doc, null);
    // Off the common table and the overview the bar goes with the round: the page's heading then.
    focusAfterRender([buttons.start, pageHeading]);
  };
  return { buttons, present, start, stop };
}

/**
 * Starting the round is the presentations stage: the stage bar says so, and the board shown to
 * everyone before gives way to the presenting group. One change for following screens.
 */
function startRound(doc: Y.Doc, first: number | null): void {
  if (first === null) return;
  doc.transact(() => {
    setStage(doc, 'presentations');
    setFocus(doc, null);
    setPresenting(doc, first);
  });
}
