import * as Y from 'yjs';
import { isFractionalKey } from '../fractionalKey.ts';
import { cryptoRandom, isNoteId, type NoteId, newNoteId, type RandomSource } from '../ids.ts';
import { isPhaseId, type PhaseId } from '../template.ts';

/**
 * Service paths ("palvelupolut"): a typical client's route through the phases, beside the table
 * on the same board. Documented for plain Yjs clients in the package README.
 *
 *   paths: Y.Map<pathId, Y.Map> with per path
 *          name, description, colour (strings), createdAt (ms), deleted: boolean (soft delete),
 *          optional deletedAt (ms), optional createdBy: person id,
 *          optional source: { group, path } (merged from a group's board),
 *          steps: Y.Map<stepId, Y.Map> with per step
 *                 placement: { phase, key } (one value, so a move is atomic, as a note's),
 *                 noteId: NoteId | null, text: string, risk: { kind, reason } | null,
 *                 removed: boolean (soft delete), optional createdBy: person id
 *
 * Every field is its own value and steps are keyed by id, ordered by fractional key: two people
 * renaming a path, adding, moving and marking its steps at once all keep their change.
 */
declare const pathIdBrand: unique symbol;
/** A path's id: 12 characters from `[0-9a-z]`, random, or derived for a merged path. */
export type PathId = string & { readonly [pathIdBrand]: true };
declare const stepIdBrand: unique symbol;
/** A step's id: 12 characters from `[0-9a-z]`, unique within its path. */
export type StepId = string & { readonly [stepIdBrand]: true };

const ID_PATTERN = /^[0-9a-z]{12}$/;

export function isPathId(value: unknown): value is PathId {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

export function newPathId(random: RandomSource = cryptoRandom): PathId {
  return newNoteId(random) as string as PathId;
}

export function newStepId(random: RandomSource = cryptoRandom): StepId {
  return newNoteId(random) as string as StepId;
}

/**
 * A path is drawn as a line over the notes, so its colours are strong ones that stand out from
 * the notes' pastels; the line is numbered too, so colour is never the only cue.
 */
export const PATH_COLOURS = ['blue', 'red', 'green', 'purple', 'orange', 'black'] as const;
export type PathColour = (typeof PATH_COLOURS)[number];

export function isPathColour(value: unknown): value is PathColour {
  return typeof value === 'string' && (PATH_COLOURS as readonly string[]).includes(value);
}

/**
 * What can go wrong for the client at a step: dropping out ("katoaminen palveluviidakkoon"),
 * being sent from counter to counter ("luukuttaminen"), waiting.
 */
export const RISK_KINDS = ['drop-out', 'counter-to-counter', 'waiting'] as const;
export type RiskKind = (typeof RISK_KINDS)[number];
export type StepRisk = { readonly kind: RiskKind; readonly reason: string };

export function isRiskKind(value: unknown): value is RiskKind {
  return typeof value === 'string' && (RISK_KINDS as readonly string[]).includes(value);
}

export type StepPlacement = { readonly phase: PhaseId; readonly key: string };

/** Which group's path a merged path came from. */
export type PathSource = { readonly group: number; readonly path: PathId };

export function pathsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('paths');
}

export function isStepPlacement(value: unknown): value is StepPlacement {
  if (typeof value !== 'object' || value === null) return false;
  const { phase, key } = value as Record<string, unknown>;
  return isPhaseId(phase) && isFractionalKey(key);
}

/** A path's map if it exists and is not deleted. */
export function livePathEntry(doc: Y.Doc, id: PathId): Y.Map<unknown> | undefined {
  const entry = pathsMap(doc).get(id);
  return entry instanceof Y.Map && entry.get('deleted') !== true && entry.get('steps') instanceof Y.Map
    ? entry
    : undefined;
}

export function stepsOf(path: Y.Map<unknown>): Y.Map<Y.Map<unknown>> {
  return path.get('steps') as Y.Map<Y.Map<unknown>>;
}

/** A step's map if it is well placed and not removed. */
export function liveStepEntry(path: Y.Map<unknown>, id: StepId): Y.Map<unknown> | undefined {
  const entry = stepsOf(path).get(id);
  return entry instanceof Y.Map && entry.get('removed') !== true && isStepPlacement(entry.get('placement'))
    ? entry
    : undefined;
}

/** A stored link, or null for a free step (anything malformed reads as no link). */
export function storedNoteId(step: Y.Map<unknown>): NoteId | null {
  const note = step.get('noteId');
  return isNoteId(note) ? note : null;
}

export function storedRisk(step: Y.Map<unknown>): StepRisk | null {
  const risk = step.get('risk');
  if (typeof risk !== 'object' || risk === null) return null;
  const { kind, reason } = risk as Record<string, unknown>;
  return isRiskKind(kind) && typeof reason === 'string' ? { kind, reason } : null;
}
