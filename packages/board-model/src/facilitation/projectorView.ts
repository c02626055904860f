import type * as Y from 'yjs';
import { fail, ok, type Result } from '../result.ts';
import { settingsMap } from '../workshop/schema.ts';
import { readStage, type Stage } from './stage.ts';

/**
 * What the facilitator puts on the projector instead of what the stage shows: the joining
 * screen (latecomers, a new room) or the common table (after a vote's results). The choice holds
 * for the stage it was made in: moving to another stage returns the projector to following it.
 */
export const PROJECTOR_VIEWS = ['joining', 'table'] as const;
export type ProjectorView = (typeof PROJECTOR_VIEWS)[number];

const KEY = 'projector';

export function isProjectorView(value: unknown): value is ProjectorView {
  return typeof value === 'string' && (PROJECTOR_VIEWS as readonly string[]).includes(value);
}

/** The facilitator's choice for the current stage; null when the projector follows the stage. */
export function readProjectorView(doc: Y.Doc): ProjectorView | null {
  const value = settingsMap(doc).get(KEY);
  if (typeof value !== 'object' || value === null) return null;
  const { view, stage } = value as Record<string, unknown>;
  return isProjectorView(view) && stage === readStage(doc) ? view : null;
}

/**
 * Shows `view` on the projector during the current stage (null: follow the stage again). One
 * plain value with its stage, so concurrent facilitators end on one choice (LWW).
 */
export function setProjectorView(doc: Y.Doc, view: ProjectorView | null): Result {
  if (view !== null && !isProjectorView(view)) return fail('unknown-projector-view');
  const stage: Stage = readStage(doc);
  settingsMap(doc).set(KEY, view === null ? null : { view, stage });
  return ok();
}

/**
 * Whether the room is being shown how to join: at setup unless the table was chosen, or
 * whenever the facilitator shows it. The server hands the projector's read-only link the
 * participant link only then (it is on the wall anyway).
 */
export function isJoiningShown(doc: Y.Doc): boolean {
  const view = readProjectorView(doc);
  return view === 'joining' || (view === null && readStage(doc) === 'setup');
}
