import type * as Y from 'yjs';
import { fail, ok, type Result } from '../result.ts';
import { validateRisk, validateStepText } from './pathRules.ts';
import { livePathEntry, liveStepEntry, type PathId, type StepId, type StepRisk, storedNoteId } from './pathSchema.ts';

export type StepChanges = {
  readonly text?: string;
  /** A risk sets or replaces the step's; null clears it. */
  readonly risk?: StepRisk | null;
};

/**
 * Changes a step's text or risk. Both are validated before either is written, and only what
 * differs is written, so a concurrent change of the other field or a move is never overwritten.
 */
export function updateStep(doc: Y.Doc, path: PathId, step: StepId, changes: StepChanges): Result {
  const pathEntry = livePathEntry(doc, path);
  if (!pathEntry) return fail('unknown-path');
  const entry = liveStepEntry(pathEntry, step);
  if (!entry) return fail('unknown-step');
  const values = new Map<string, unknown>();
  if (changes.text !== undefined) {
    const text = validateStepText(changes.text, storedNoteId(entry) !== null);
    if (!text.ok) return text;
    values.set('text', text.value);
  }
  if (changes.risk !== undefined) {
    const risk = validateRisk(changes.risk);
    if (!risk.ok) return risk;
    values.set('risk', risk.value);
  }
  doc.transact(() => {
    for (const [field, value] of values) if (!sameValue(entry.get(field), value)) entry.set(field, value);
  });
  return ok();
}

/** Texts and risks are plain values: a risk written again with the same kind and reason is no change. */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
