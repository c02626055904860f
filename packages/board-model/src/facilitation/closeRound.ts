import type * as Y from 'yjs';
import { cryptoRandom, newNoteId } from '../ids.ts';
import type { OperationOptions } from '../operations/createNote.ts';
import { fail, ok, type Result } from '../result.ts';
import { codePointLength, normalizeNoteText, showsNothing, validateNoteText } from '../validation.ts';
import { isIsoDate } from './agreementRules.ts';
import {
  MAX_ROUND_LENGTH,
  MAX_ROUND_NAME_LENGTH,
  MAX_ROUNDS,
  type Round,
  readRounds,
  roundAgreements,
  roundNotes,
  roundsMap,
} from './round.ts';
import { roundComments } from './roundComments.ts';
import { roundPaths } from './roundPaths.ts';

export type RoundLabel = { readonly name: string; readonly date: string };

function validateRoundName(name: string): Result<string> {
  const normalized = normalizeNoteText(name).trim();
  if (showsNothing(normalized)) return fail('empty-name');
  if (codePointLength(normalized) > MAX_ROUND_NAME_LENGTH) return fail('name-too-long');
  const valid = validateNoteText(normalized);
  return valid.ok ? ok(normalized) : valid;
}

/**
 * Closes a round: a named, dated snapshot of the common table's visible notes (with their live
 * comments), its service paths and the agreements, written as one value into the workshop document. The table and register go on
 * unchanged; a later day compares with it (compareWithRound). Returns the round's id.
 */
export function closeRound(
  workshopDoc: Y.Doc,
  commonBoardDoc: Y.Doc,
  label: RoundLabel,
  options: OperationOptions = {},
): Result<string> {
  const name = validateRoundName(label.name);
  if (!name.ok) return name;
  if (!isIsoDate(label.date)) return fail('invalid-date');
  if (readRounds(workshopDoc).length >= MAX_ROUNDS) return fail('too-many-rounds');
  const id = newNoteId(options.random ?? cryptoRandom) as string;
  const notes = roundNotes(commonBoardDoc);
  const round: Round = {
    id,
    name: name.value,
    date: label.date,
    closedAt: (options.now ?? Date.now)(),
    notes,
    agreements: roundAgreements(workshopDoc),
    paths: roundPaths(commonBoardDoc),
    comments: roundComments(commonBoardDoc, new Set(notes.map((note) => note.id))),
  };
  if (JSON.stringify(round).length > MAX_ROUND_LENGTH) return fail('round-too-large');
  roundsMap(workshopDoc).set(id, round);
  return ok(id);
}
