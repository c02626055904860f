import * as Y from 'yjs';
import { MAX_PATH_NAME_LENGTH, MAX_RISK_REASON_LENGTH } from '../paths/pathRules.ts';
import {
  isPathColour,
  isPathId,
  isStepId,
  isStepPlacement,
  PATH_COLOURS,
  pathsMap,
  stepsOf,
  storedNoteId,
  storedRisk,
} from '../paths/pathSchema.ts';
import { readPathSource } from '../paths/pathSource.ts';
import { toExchangedText } from './exchangedText.ts';
import type { ExportedPath, ExportedStep } from './types.ts';
import { toExchangedLine } from './validatePaths.ts';

/**
 * Every path of a board, deleted ones and removed steps included (as deleted notes are: an import
 * keeps them deleted, so a later merge does not bring them back), oldest first, ties by id.
 * `noteIds` are the notes the export lists: a link to a note the board does not have (a merged
 * step whose group note was never merged) is written as null, a missing service, as it reads.
 * Malformed entries a foreign client can write are skipped, or written as they read.
 */
export function exportPaths(doc: Y.Doc, noteIds: ReadonlySet<string>): ExportedPath[] {
  const paths: ExportedPath[] = [];
  pathsMap(doc).forEach((entry, id) => {
    if (!isPathId(id) || !(entry instanceof Y.Map) || !(entry.get('steps') instanceof Y.Map)) return;
    const colour = entry.get('colour');
    const createdAt = entry.get('createdAt');
    paths.push({
      id,
      name: toExchangedLine(String(entry.get('name') ?? ''), MAX_PATH_NAME_LENGTH),
      colour: isPathColour(colour) ? colour : PATH_COLOURS[0],
      description: toExchangedText(String(entry.get('description') ?? '')),
      createdAt: Number.isSafeInteger(createdAt) && (createdAt as number) >= 0 ? (createdAt as number) : 0,
      deleted: entry.get('deleted') === true,
      source: readPathSource(entry),
      steps: exportSteps(entry, noteIds),
    });
  });
  return paths.sort((a, b) => a.createdAt - b.createdAt || compareIds(a.id, b.id));
}

function exportSteps(path: Y.Map<unknown>, noteIds: ReadonlySet<string>): ExportedStep[] {
  const steps: ExportedStep[] = [];
  stepsOf(path).forEach((entry, id) => {
    const placement = entry instanceof Y.Map ? entry.get('placement') : undefined;
    if (!isStepId(id) || !(entry instanceof Y.Map) || !isStepPlacement(placement)) return;
    const noteId = storedNoteId(entry);
    const risk = storedRisk(entry);
    steps.push({
      id,
      phase: placement.phase,
      order: placement.key,
      noteId: noteId !== null && noteIds.has(noteId) ? noteId : null,
      text: toExchangedText(String(entry.get('text') ?? '')),
      risk: risk && { kind: risk.kind, reason: toExchangedLine(risk.reason, MAX_RISK_REASON_LENGTH) },
      removed: entry.get('removed') === true,
    });
  });
  // The path's order as `liveSteps` reads it: by key, ties by id.
  return steps.sort((a, b) => (a.order !== b.order ? compareIds(a.order, b.order) : compareIds(a.id, b.id)));
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
