import type { Focus, Stage } from '@avaa/board-model';
import { sameView, type WorkshopView } from '../app/routes.ts';

/**
 * What a participant's screen follows: the facilitator's stage, focus and presentation round,
 * my group (the group-work stage shows it), and whether I follow at all (local to this screen).
 */
export type FollowState = {
  readonly stage: Stage;
  readonly focus: Focus | null;
  readonly presenting: number | null;
  readonly myGroup: number | null;
  readonly following: boolean;
};

/** Each stage's natural view: where the stage's work happens. */
export function stageView(stage: Stage, myGroup: number | null): WorkshopView {
  switch (stage) {
    case 'setup':
    case 'common-table':
      return PLENARY;
    case 'group-work':
      return myGroup === null ? PLENARY : { kind: 'group', group: myGroup };
    case 'presentations':
      return { kind: 'overview' };
    case 'agreements':
      return { kind: 'agreements' };
  }
}

/**
 * Where the facilitator has everyone look: the presenting group while a round runs, else the
 * board the facilitator shows, else the stage's view. (Changing the stage clears the focus, so
 * an older focus never hides a newer stage.)
 */
export function followedView(state: Omit<FollowState, 'following'>): WorkshopView {
  if (state.presenting !== null) return { kind: 'group', group: state.presenting };
  if (state.focus !== null) {
    return state.focus.board === 'plenary' ? PLENARY : { kind: 'group', group: state.focus.board };
  }
  return stageView(state.stage, state.myGroup);
}

/**
 * Where a following screen goes, or null to stay. Only a change moves it (a new stage, a new
 * focus or cell, the next presenting group, or my group during group work), so someone who
 * looks elsewhere meanwhile is not pulled back until the next change. Turning following back on
 * catches up at once; opening a page joins a presentation round already running, and opening
 * the common table (`landing`: the participant link, its QR code, `/w/<id>`) during group work
 * goes to my group's board, where my notes belong.
 */
export function followTarget(
  previous: FollowState | null,
  current: FollowState,
  landing: WorkshopView | null = null,
): WorkshopView | null {
  if (!current.following) return null;
  if (previous === null) {
    const moves = current.presenting !== null || landsInGroup(current, landing);
    return moves ? followedView(current) : null;
  }
  if (!previous.following || changed(previous, current)) return followedView(current);
  return null;
}

function landsInGroup(current: FollowState, landing: WorkshopView | null): boolean {
  return landing?.kind === 'plenary' && current.stage === 'group-work' && current.myGroup !== null;
}

function changed(previous: FollowState, current: FollowState): boolean {
  return (
    previous.stage !== current.stage ||
    previous.presenting !== current.presenting ||
    !sameFocus(previous.focus, current.focus) ||
    !sameView(followedView(previous), followedView(current))
  );
}

function sameFocus(a: Focus | null, b: Focus | null): boolean {
  return a === b || (a !== null && b !== null && a.board === b.board && a.cell === b.cell);
}

const PLENARY: WorkshopView = { kind: 'plenary' };
