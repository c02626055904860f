import type { Focus, PathId, ProjectorView, Stage } from '@avaa/board-model';
import type { BoardRef } from '@avaa/protocol';

/** What the projector shows: it follows the workshop's stage unless the facilitator shows something. */
export type ProjectorScreen =
  | { readonly kind: 'joining' }
  | { readonly kind: 'overview' }
  /** A board, with the facilitator's focused cell filling the screen when one is set. */
  | { readonly kind: 'board'; readonly board: BoardRef; readonly presenting: boolean }
  | { readonly kind: 'results' }
  | { readonly kind: 'agreements' }
  /** The common table's service paths as lanes, or one of them (`path`). */
  | { readonly kind: 'paths'; readonly path: PathId | null };

export type ProjectorInputs = {
  readonly stage: Stage;
  /** The facilitator's choice for this stage (readProjectorView). */
  readonly view: ProjectorView | null;
  /** The one path chosen with the `paths` view (readProjectedPath). */
  readonly path?: PathId | null;
  /** The presenting group, while the presentations run. */
  readonly presenting: number | null;
  readonly focus: Focus | null;
  /** The common table's latest vote is closed and no new one is open. */
  readonly results: boolean;
};

const TABLE: ProjectorScreen = { kind: 'board', board: { kind: 'plenary' }, presenting: false };

function boardOf(focus: Focus): ProjectorScreen {
  return focus.board === 'plenary'
    ? TABLE
    : { kind: 'board', board: { kind: 'group', group: focus.board }, presenting: false };
}

/**
 * The order of precedence: what the facilitator explicitly put on the wall (joining, the service
 * paths, the presenting group, a focused cell or a group's board, the table), then a closed vote's results
 * at the common table, then the stage's own screen. Pure, so every case is unit-tested.
 */
export function projectorScreen(inputs: ProjectorInputs): ProjectorScreen {
  const { stage, view, presenting, focus, results } = inputs;
  if (view === 'joining') return { kind: 'joining' };
  if (view === 'paths') return { kind: 'paths', path: inputs.path ?? null };
  if (presenting !== null) return { kind: 'board', board: { kind: 'group', group: presenting }, presenting: true };
  if (focus && (focus.cell !== undefined || focus.board !== 'plenary')) return boardOf(focus);
  if (view === 'table') return TABLE;
  if (stage === 'common-table' && results) return { kind: 'results' };
  if (focus) return boardOf(focus);
  switch (stage) {
    case 'setup':
      return { kind: 'joining' };
    case 'group-work':
    case 'presentations':
      // Between presentations the room sees every group's progress.
      return { kind: 'overview' };
    case 'common-table':
      return TABLE;
    case 'agreements':
      return { kind: 'agreements' };
  }
}
