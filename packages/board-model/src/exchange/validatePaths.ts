import { isFractionalKey } from '../fractionalKey.ts';
import { isGroupNumber } from '../groupNumber.ts';
import { isNoteId } from '../ids.ts';
import {
  MAX_PATH_NAME_LENGTH,
  MAX_PATHS_PER_BOARD,
  MAX_RISK_REASON_LENGTH,
  MAX_STEPS_PER_PATH,
} from '../paths/pathRules.ts';
import { isPathColour, isPathId, isRiskKind, isStepId } from '../paths/pathSchema.ts';
import { isPhaseId } from '../template.ts';
import { codePointLength } from '../validation.ts';
import { at, type Checker, join } from './checker.ts';
import { isExchangedText } from './exchangedText.ts';

const PATH_FIELDS = ['id', 'name', 'colour', 'description', 'createdAt', 'deleted', 'source', 'steps'] as const;
const STEP_FIELDS = ['id', 'phase', 'order', 'noteId', 'text', 'risk', 'removed'] as const;

// A name or a reason is one line: no control characters at all (tab and line feed included).
const LINE_CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
const LINE_CONTROLS = new RegExp(LINE_CONTROL.source, 'gu');

/**
 * A path's name or a risk's reason as stored: one line, trimmed, at most `max` code points. It
 * may be empty: only a foreign client can leave a path without a name, and its export must import.
 */
export function isExchangedLine(value: unknown, max: number): value is string {
  return (
    typeof value === 'string' && value === value.trim() && codePointLength(value) <= max && !LINE_CONTROL.test(value)
  );
}

/** A name or reason as an export writes it: what an import refuses dropped, cut at `max` code points. */
export function toExchangedLine(text: string, max: number): string {
  return [
    ...text
      .replace(/[\t\n]/g, ' ')
      .replace(LINE_CONTROLS, '')
      .trim(),
  ]
    .slice(0, max)
    .join('')
    .trim();
}

/**
 * A board's `paths`: fields, ids unique on the board (steps within their path), and each step's
 * `noteId` a note of the same board (`noteIds`: the ids its `notes` list), never a dangling link.
 */
export function validatePaths(check: Checker, value: unknown, path: string, noteIds: ReadonlySet<string>): void {
  const ids = new Set<string>();
  const paths = check.array(value, path);
  // The board's bound, as the server and createPath keep it, checked before reading any further.
  if (paths && paths.length > MAX_PATHS_PER_BOARD) return void check.fail(path, 'too-many-paths');
  paths?.forEach((entry, index) => {
    const pathPath = at(path, index);
    const fields = check.object(entry, pathPath, PATH_FIELDS);
    if (!fields) return;
    const id = check.check(fields.id, join(pathPath, 'id'), isPathId, 'invalid-id');
    if (id !== undefined && ids.has(id)) check.fail(join(pathPath, 'id'), 'duplicate-id');
    if (id !== undefined) ids.add(id);
    if (
      check.string(fields.name, join(pathPath, 'name')) !== undefined &&
      !isExchangedLine(fields.name, MAX_PATH_NAME_LENGTH)
    )
      check.fail(join(pathPath, 'name'), 'invalid-name');
    check.check(fields.colour, join(pathPath, 'colour'), isPathColour, 'unknown-colour');
    if (check.string(fields.description, join(pathPath, 'description')) !== undefined)
      check.check(fields.description, join(pathPath, 'description'), isExchangedText, 'invalid-text');
    check.count(fields.createdAt, join(pathPath, 'createdAt'));
    check.boolean(fields.deleted, join(pathPath, 'deleted'));
    if (fields.source !== null) validateSource(check, fields.source, join(pathPath, 'source'));
    validateSteps(check, fields.steps, join(pathPath, 'steps'), noteIds);
  });
}

function validateSource(check: Checker, value: unknown, path: string): void {
  const source = check.object(value, path, ['group', 'path']);
  if (!source) return;
  check.check(source.group, join(path, 'group'), isGroupNumber, 'invalid-group-number');
  check.check(source.path, join(path, 'path'), isPathId, 'invalid-id');
}

function validateSteps(check: Checker, value: unknown, path: string, noteIds: ReadonlySet<string>): void {
  const ids = new Set<string>();
  const steps = check.array(value, path);
  if (steps && steps.length > MAX_STEPS_PER_PATH) return void check.fail(path, 'too-many-steps');
  steps?.forEach((entry, index) => {
    const stepPath = at(path, index);
    const step = check.object(entry, stepPath, STEP_FIELDS);
    if (!step) return;
    const id = check.check(step.id, join(stepPath, 'id'), isStepId, 'invalid-id');
    if (id !== undefined && ids.has(id)) check.fail(join(stepPath, 'id'), 'duplicate-id');
    if (id !== undefined) ids.add(id);
    // The reasons are a closed list the UI translates: a phase is a column of the table's cells.
    check.check(step.phase, join(stepPath, 'phase'), isPhaseId, 'unknown-phase');
    check.check(step.order, join(stepPath, 'order'), isFractionalKey, 'invalid-order');
    const note = step.noteId;
    if (note !== null && check.check(note, join(stepPath, 'noteId'), isNoteId, 'invalid-id') !== undefined) {
      if (!noteIds.has(note as string)) check.fail(join(stepPath, 'noteId'), 'unknown-note');
    }
    if (check.string(step.text, join(stepPath, 'text')) !== undefined)
      check.check(step.text, join(stepPath, 'text'), isExchangedText, 'invalid-text');
    if (step.risk !== null) validateRisk(check, step.risk, join(stepPath, 'risk'));
    check.boolean(step.removed, join(stepPath, 'removed'));
  });
}

export function validateRisk(check: Checker, value: unknown, path: string): void {
  const risk = check.object(value, path, ['kind', 'reason']);
  if (!risk) return;
  check.check(risk.kind, join(path, 'kind'), isRiskKind, 'unknown-risk');
  if (
    check.string(risk.reason, join(path, 'reason')) !== undefined &&
    !isExchangedLine(risk.reason, MAX_RISK_REASON_LENGTH)
  )
    check.fail(join(path, 'reason'), 'invalid-text');
}
