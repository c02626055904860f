/**
 * Why an operation was refused. A closed vocabulary: the UI translates each reason, and code
 * branches on it, never on message text.
 */
export const OPERATION_ERRORS = [
  'empty-text',
  'text-too-long',
  'control-character',
  'unknown-cell',
  'unknown-note',
  'unknown-colour',
  'unknown-kind',
  'note-deleted',
  'note-not-deleted',
  // The workshop document: people and groups.
  'empty-name',
  'name-too-long',
  'unknown-role',
  'unknown-person',
  'unknown-group',
  'too-many-groups',
  'joining-closed',
  'too-many-people',
  'not-a-client-representative',
  'contact-not-staff',
  // Merging group boards into the common table.
  'group-out-of-range',
  'duplicate-group',
  // Stacks.
  'note-stacked',
  'stack-without-members',
  'duplicate-stack-member',
  'stack-cells-differ',
  'not-a-stack',
  // Facilitation: stages, follow, timer, votes, agreements, rounds.
  'unknown-stage',
  'unknown-projector-view',
  'invalid-duration',
  'no-timer',
  'timer-not-running',
  'timer-not-paused',
  'invalid-dots-per-person',
  'unknown-vote',
  'vote-closed',
  'no-dots-left',
  'no-dot-on-note',
  'unknown-section',
  'unknown-agreement',
  'unknown-status',
  'invalid-date',
  'too-many-proposals',
  'not-a-proposal',
  'round-too-large',
  'too-many-rounds',
  // Service paths.
  'unknown-path',
  'path-not-deleted',
  'unknown-step',
  'unknown-phase',
  'unknown-risk',
  'path-name-too-long',
  'too-many-paths',
  'too-many-steps',
  // Board modes and co-facilitators.
  'unknown-board-mode',
  // The ready check.
  'unknown-ready-scope',
  'no-ready-check',
  'not-in-ready-check',
  'unknown-ready-answer',
  // Comments on notes.
  'unknown-comment',
  // Images on notes.
  'unknown-image',
] as const;
export type OperationError = (typeof OPERATION_ERRORS)[number];

export type Result<T = void> = { ok: true; value: T } | { ok: false; error: OperationError };

export function ok(): Result<void>;
export function ok<T>(value: T): Result<T>;
export function ok<T>(value?: T): Result<T | undefined> {
  return { ok: true, value };
}

export function fail(error: OperationError): { ok: false; error: OperationError } {
  return { ok: false, error };
}

/** Whether a word (e.g. from the server's answer) is one of the operation errors. */
export function isOperationError(value: unknown): value is OperationError {
  return (OPERATION_ERRORS as readonly unknown[]).includes(value);
}
