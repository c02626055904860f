import { fail, ok, type Result } from '../result.ts';
import { codePointLength, normalizeNoteText, showsNothing, validateNoteText } from '../validation.ts';
import { isRiskKind, type StepRisk } from './pathSchema.ts';

/**
 * Field rules of paths and steps. Texts follow the note rules (no control or bidirectional
 * override characters; a step is often what a note would say); a path's name and a risk's reason
 * are one line, shorter, and trimmed.
 */
/**
 * Paths one board holds, deleted ones included (they can be restored). A group draws a few; the
 * common table gets every group's when merged (30 groups), and this leaves room for that. The
 * server drops a change past it (server/src/sync/pathLimits.ts), as past MAX_NOTES_PER_BOARD.
 */
export const MAX_PATHS_PER_BOARD = 200;
/** Steps one path holds, removed ones included: five phases, a few services in each. */
export const MAX_STEPS_PER_PATH = 40;
/** A client archetype's name ("Nuori, joka etsii opiskelupaikkaa"): a label on a lane. */
export const MAX_PATH_NAME_LENGTH = 80;
/** "Jonotus ohjaukseen kestää viikkoja": a phrase, shown beside the step. */
export const MAX_RISK_REASON_LENGTH = 200;

export function validatePathName(name: string): Result<string> {
  const trimmed = normalizeNoteText(name).trim();
  if (showsNothing(trimmed)) return fail('empty-name');
  const line = oneLine(trimmed);
  if (!line.ok) return line;
  return codePointLength(trimmed) > MAX_PATH_NAME_LENGTH ? fail('path-name-too-long') : ok(trimmed);
}

/** A path's description, trimmed; may be empty. */
export function validateDescription(description: string): Result<string> {
  return optionalText(description);
}

/**
 * A step's text, trimmed: a free step's is the missing service and must say something; a linked
 * step's may be empty (its note speaks for it) and is what is left to show if the note goes.
 */
export function validateStepText(text: string, linked: boolean): Result<string> {
  if (linked) return optionalText(text);
  const trimmed = normalizeNoteText(text).trim();
  const valid = validateNoteText(trimmed);
  return valid.ok ? ok(trimmed) : valid;
}

/** A risk with its reason trimmed (it may be empty), or null (no risk). */
export function validateRisk(risk: StepRisk | null): Result<StepRisk | null> {
  if (risk === null) return ok(null);
  if (!isRiskKind(risk.kind)) return fail('unknown-risk');
  const reason = normalizeNoteText(risk.reason).trim();
  const line = oneLine(reason);
  if (!line.ok) return line;
  return codePointLength(reason) > MAX_RISK_REASON_LENGTH ? fail('text-too-long') : ok({ kind: risk.kind, reason });
}

function optionalText(text: string): Result<string> {
  const trimmed = normalizeNoteText(text).trim();
  if (trimmed === '') return ok('');
  const valid = validateNoteText(trimmed);
  return valid.ok ? ok(trimmed) : valid;
}

/** The note rules' characters, and no line feed: a name or a reason is one line. */
function oneLine(text: string): Result {
  const valid = validateNoteText(text);
  if (text.includes('\n') || (!valid.ok && valid.error === 'control-character')) return fail('control-character');
  return ok();
}
