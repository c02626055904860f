import type { RoundPath } from '../facilitation/roundPaths.ts';
import { isNoteId } from '../ids.ts';
import { MAX_PATH_NAME_LENGTH, MAX_RISK_REASON_LENGTH, MAX_STEPS_PER_PATH } from '../paths/pathRules.ts';
import { isPathColour, isPathId, isStepId } from '../paths/pathSchema.ts';
import { isPhaseId } from '../template.ts';
import { at, type Checker, join } from './checker.ts';
import { isExchangedText, toExchangedText } from './exchangedText.ts';
import type { ExportedRoundPath } from './types.ts';
import { isExchangedLine, toExchangedLine, validateRisk } from './validatePaths.ts';

const ROUND_PATH_FIELDS = ['id', 'name', 'colour', 'steps'] as const;
const ROUND_STEP_FIELDS = ['id', 'phase', 'noteId', 'label', 'missingService', 'risk'] as const;

/** A round's kept paths as the export writes them (texts as an import accepts them). */
export function exportRoundPaths(paths: readonly RoundPath[]): ExportedRoundPath[] {
  return paths.map((path) => ({
    id: path.id,
    name: toExchangedLine(path.name, MAX_PATH_NAME_LENGTH),
    colour: path.colour,
    steps: path.steps.map((step) => ({
      id: step.id,
      phase: step.phase,
      noteId: step.noteId,
      label: toExchangedText(step.label),
      missingService: step.missingService,
      risk: step.risk && { kind: step.risk.kind, reason: toExchangedLine(step.risk.reason, MAX_RISK_REASON_LENGTH) },
    })),
  }));
}

/**
 * A round's `paths`: fields, ids unique (steps within their path), a kept path no longer than a
 * live one. The notes a kept step names are the table's then, so they need not be on the board.
 */
export function validateRoundPaths(check: Checker, value: unknown, path: string): void {
  const ids = new Set<string>();
  check.array(value, path)?.forEach((entry, index) => {
    const pathPath = at(path, index);
    const kept = check.object(entry, pathPath, ROUND_PATH_FIELDS);
    if (!kept) return;
    const id = check.check(kept.id, join(pathPath, 'id'), isPathId, 'invalid-id');
    if (id !== undefined && ids.has(id)) check.fail(join(pathPath, 'id'), 'duplicate-id');
    if (id !== undefined) ids.add(id);
    const name = join(pathPath, 'name');
    if (check.string(kept.name, name) !== undefined && !isExchangedLine(kept.name, MAX_PATH_NAME_LENGTH)) {
      check.fail(name, 'invalid-name');
    }
    check.check(kept.colour, join(pathPath, 'colour'), isPathColour, 'unknown-colour');
    validateRoundSteps(check, kept.steps, join(pathPath, 'steps'));
  });
}

function validateRoundSteps(check: Checker, value: unknown, path: string): void {
  const ids = new Set<string>();
  const steps = check.array(value, path);
  if (steps && steps.length > MAX_STEPS_PER_PATH) return void check.fail(path, 'too-many-steps');
  steps?.forEach((entry, index) => {
    const stepPath = at(path, index);
    const step = check.object(entry, stepPath, ROUND_STEP_FIELDS);
    if (!step) return;
    const id = check.check(step.id, join(stepPath, 'id'), isStepId, 'invalid-id');
    if (id !== undefined && ids.has(id)) check.fail(join(stepPath, 'id'), 'duplicate-id');
    if (id !== undefined) ids.add(id);
    check.check(step.phase, join(stepPath, 'phase'), isPhaseId, 'unknown-phase');
    if (step.noteId !== null) check.check(step.noteId, join(stepPath, 'noteId'), isNoteId, 'invalid-id');
    if (check.string(step.label, join(stepPath, 'label')) !== undefined) {
      check.check(step.label, join(stepPath, 'label'), isExchangedText, 'invalid-text');
    }
    check.boolean(step.missingService, join(stepPath, 'missingService'));
    if (step.risk !== null) validateRisk(check, step.risk, join(stepPath, 'risk'));
  });
}
