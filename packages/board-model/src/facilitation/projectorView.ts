import type * as Y from 'yjs';
import { isPathId, type PathId } from '../paths/pathSchema.ts';
import { fail, ok, type Result } from '../result.ts';
import { settingsMap } from '../workshop/schema.ts';
import { readStage, type Stage } from './stage.ts';

/**
 * What the facilitator puts on the projector instead of what the stage shows: the joining
 * screen (latecomers, a new room), the common table (after a vote's results) or the common
 * table's service paths (all as lanes, or one path). The choice holds for the stage it was made
 * in: moving to another stage returns the projector to following it.
 */
export const PROJECTOR_VIEWS = ['joining', 'table', 'paths'] as const;
export type ProjectorView = (typeof PROJECTOR_VIEWS)[number];

const KEY = 'projector';

export function isProjectorView(value: unknown): value is ProjectorView {
  return typeof value === 'string' && (PROJECTOR_VIEWS as readonly string[]).includes(value);
}

/** The facilitator's choice for the current stage; null when the projector follows the stage. */
export function readProjectorView(doc: Y.Doc): ProjectorView | null {
  return readChoice(doc)?.view ?? null;
}

/**
 * The one common-table path the projector shows, while it shows the paths; null for all of them
 * as lanes, or when it shows no paths. (The path may since have been deleted: the projector then
 * shows all.)
 */
export function readProjectedPath(doc: Y.Doc): PathId | null {
  const choice = readChoice(doc);
  return choice?.view === 'paths' && isPathId(choice.path) ? choice.path : null;
}

function readChoice(doc: Y.Doc): { view: ProjectorView; path: unknown } | null {
  const value = settingsMap(doc).get(KEY);
  if (typeof value !== 'object' || value === null) return null;
  const { view, stage, path } = value as Record<string, unknown>;
  return isProjectorView(view) && stage === readStage(doc) ? { view, path } : null;
}

/**
 * Shows `view` on the projector during the current stage (null: follow the stage again); with
 * `paths`, `path` picks one path of the common table (none: all of them). One plain value with
 * its stage, so concurrent facilitators end on one choice (LWW).
 */
export function setProjectorView(doc: Y.Doc, view: ProjectorView | null, options: { path?: PathId } = {}): Result {
  if (view !== null && !isProjectorView(view)) return fail('unknown-projector-view');
  const { path } = options;
  if (path !== undefined && (view !== 'paths' || !isPathId(path))) return fail('unknown-path');
  const stage: Stage = readStage(doc);
  settingsMap(doc).set(KEY, view === null ? null : { view, stage, ...(path === undefined ? {} : { path }) });
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
