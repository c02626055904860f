import type * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import { cryptoRandom, newNoteId } from '../ids.ts';
import type { OperationOptions } from '../operations/createNote.ts';
import { fail, ok, type Result } from '../result.ts';
import { settingsMap } from '../workshop/schema.ts';
import {
  answererFor,
  answererKey,
  answerersOf,
  checkOfKey,
  isReadyAnswer,
  isReadyScope,
  type ReadyAnswer,
  type ReadyScope,
  readReadyCheck,
  readyAnswersMap,
} from './readyCheck.ts';

/**
 * The facilitator asks "are you done?": a new check replaces any open one (its answers are
 * not carried over). Asking groups needs a group with members. Returns the check's id.
 */
export function startReadyCheck(doc: Y.Doc, scope: ReadyScope, options: OperationOptions = {}): Result<string> {
  if (!isReadyScope(scope)) return fail('unknown-ready-scope');
  if (scope === 'groups' && answerersOf(doc, 'groups').length === 0) return fail('unknown-group');
  const id = newNoteId(options.random ?? cryptoRandom) as string;
  settingsMap(doc).set('readyCheck', { id, scope, startedAt: (options.now ?? Date.now)() });
  return ok(id);
}

/** Ends the open check on every screen (moving on ends it too: setStage, setFocus). */
export function endReadyCheck(doc: Y.Doc): Result {
  if (readReadyCheck(doc) === null) return fail('no-ready-check');
  settingsMap(doc).set('readyCheck', null);
  return ok();
}

/** Ends the open check if there is one: the stage or the focus moved on. */
export function endReadyCheckOnMove(doc: Y.Doc): void {
  if (readReadyCheck(doc) !== null) settingsMap(doc).set('readyCheck', null);
}

/**
 * The server writes a person's answer (or their group's) to the open check `check`: refused
 * when that check is not the open one, or the person is not asked in it. Answers of earlier
 * checks are dropped in the same transaction, so the root holds one check's answers at most.
 */
export function writeReadyAnswer(doc: Y.Doc, check: string, person: PersonId, answer: ReadyAnswer): Result {
  if (!isReadyAnswer(answer)) return fail('unknown-ready-answer');
  const open = readReadyCheck(doc);
  if (open === null || open.id !== check) return fail('no-ready-check');
  const answerer = answererFor(doc, open, person);
  if (!answerer) return fail('not-in-ready-check');
  const answers = readyAnswersMap(doc);
  doc.transact(() => {
    for (const key of [...answers.keys()]) if (checkOfKey(key) !== check) answers.delete(key);
    const key = `${check} ${answererKey(answerer)}`;
    if (answers.get(key) !== answer) answers.set(key, answer);
  });
  return ok();
}
