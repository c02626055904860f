import { isAgreementStatus, isIsoDate } from '../facilitation/agreementRules.ts';
import { isAgreementSectionId } from '../facilitation/agreementSections.ts';
import { MAX_ROUND_NAME_LENGTH } from '../facilitation/round.ts';
import { isDotsPerPerson } from '../facilitation/vote.ts';
import { isFractionalKey } from '../fractionalKey.ts';
import { isPersonId } from '../groups/participants.ts';
import { isNoteId } from '../ids.ts';
import { isPathId } from '../paths/pathSchema.ts';
import { isNoteColour, isNoteKind } from '../schema.ts';
import { isCellId } from '../template.ts';
import { at, type Checker, join } from './checker.ts';
import { validateRoundComments } from './commentsExchange.ts';
import { isExchangedText } from './exchangedText.ts';
import { validateRoundPaths } from './roundPathsExchange.ts';

const AGREEMENT_FIELDS = ['id', 'section', 'order', 'text', 'owner', 'due', 'status', 'notes', 'createdAt'] as const;
const ROUND_FIELDS = ['id', 'name', 'date', 'closedAt', 'notes', 'agreements'] as const;
const ROUND_NOTE_FIELDS = ['id', 'cell', 'order', 'text', 'colour', 'kind'] as const;
const VOTE_FIELDS = ['id', 'dotsPerPerson', 'anonymous', 'openedAt', 'closed', 'perNote', 'perPerson'] as const;

/** Each entry of a list through `item`, with unique well-formed ids. */
function eachWithId(
  check: Checker,
  value: unknown,
  path: string,
  item: (entry: unknown, path: string) => Record<string, unknown> | undefined,
): void {
  const ids = new Set<string>();
  check.array(value, path)?.forEach((entry, index) => {
    const fields = item(entry, at(path, index));
    if (!fields) return;
    const id = check.check(fields.id, join(at(path, index), 'id'), isNoteId, 'invalid-id');
    if (id !== undefined && ids.has(id)) check.fail(join(at(path, index), 'id'), 'duplicate-id');
    if (id !== undefined) ids.add(id);
  });
}

function text(check: Checker, value: unknown, path: string, reason: 'invalid-text' | 'invalid-owner'): void {
  if (check.string(value, path) !== undefined) check.check(value, path, isExchangedText, reason);
}

function noteIds(check: Checker, value: unknown, path: string): readonly string[] {
  const ids = check.array(value, path) ?? [];
  ids.forEach((id, index) => {
    check.check(id, at(path, index), isNoteId, 'invalid-id');
  });
  return ids.filter(isNoteId);
}

function pathIds(check: Checker, value: unknown, path: string): void {
  check.array(value, path)?.forEach((id, index) => {
    check.check(id, at(path, index), isPathId, 'invalid-id');
  });
}

function validateAgreement(check: Checker, value: unknown, path: string) {
  const item = check.object(value, path, AGREEMENT_FIELDS, ['paths', 'ownerPerson', 'proposedBy']);
  if (!item) return undefined;
  check.check(item.section, join(path, 'section'), isAgreementSectionId, 'unknown-section');
  check.check(item.order, join(path, 'order'), isFractionalKey, 'invalid-order');
  text(check, item.text, join(path, 'text'), 'invalid-text');
  text(check, item.owner, join(path, 'owner'), 'invalid-owner');
  if (item.due !== null) check.check(item.due, join(path, 'due'), isIsoDate, 'invalid-date');
  check.check(item.status, join(path, 'status'), isAgreementStatus, 'unknown-status');
  noteIds(check, item.notes, join(path, 'notes'));
  if (item.paths !== undefined) pathIds(check, item.paths, join(path, 'paths'));
  // Ids only: a person removed since (not in `people`) still names the owner or the proposer.
  for (const field of ['ownerPerson', 'proposedBy'] as const) {
    if (item[field] !== undefined) check.check(item[field], join(path, field), isPersonId, 'invalid-id');
  }
  check.count(item.createdAt, join(path, 'createdAt'));
  return item;
}

/** `agreements`: the register's items. */
export function validateAgreements(check: Checker, value: unknown, path: string): void {
  eachWithId(check, value, path, (entry, itemPath) => validateAgreement(check, entry, itemPath));
}

function validateRoundNote(check: Checker, value: unknown, path: string) {
  const note = check.object(value, path, ROUND_NOTE_FIELDS);
  if (!note) return undefined;
  check.check(note.cell, join(path, 'cell'), isCellId, 'unknown-cell');
  check.check(note.order, join(path, 'order'), isFractionalKey, 'invalid-order');
  text(check, note.text, join(path, 'text'), 'invalid-text');
  check.check(note.colour, join(path, 'colour'), isNoteColour, 'unknown-colour');
  check.check(note.kind, join(path, 'kind'), isNoteKind, 'unknown-kind');
  return note;
}

function isRoundName(value: unknown): boolean {
  return isExchangedText(value) && value.trim() !== '' && [...value].length <= MAX_ROUND_NAME_LENGTH;
}

/** `rounds`: closed rounds with their snapshots of the table and the register. */
export function validateRounds(check: Checker, value: unknown, path: string): void {
  eachWithId(check, value, path, (entry, roundPath) => {
    const round = check.object(entry, roundPath, ROUND_FIELDS, ['paths', 'comments']);
    if (!round) return undefined;
    const name = join(roundPath, 'name');
    if (check.string(round.name, name) !== undefined && !isRoundName(round.name)) check.fail(name, 'invalid-name');
    check.check(round.date, join(roundPath, 'date'), isIsoDate, 'invalid-date');
    check.count(round.closedAt, join(roundPath, 'closedAt'));
    eachWithId(check, round.notes, join(roundPath, 'notes'), (note, notePath) =>
      validateRoundNote(check, note, notePath),
    );
    validateAgreements(check, round.agreements, join(roundPath, 'agreements'));
    if (round.paths !== undefined) validateRoundPaths(check, round.paths, join(roundPath, 'paths'));
    if (round.comments !== undefined) validateRoundComments(check, round.comments, join(roundPath, 'comments'));
    return round;
  });
}

/** `votes`: the common table's votes; an open named vote's counts must be its people's dots. */
export function validateVotes(check: Checker, value: unknown, path: string): void {
  eachWithId(check, value, path, (entry, votePath) => {
    const vote = check.object(entry, votePath, VOTE_FIELDS);
    if (!vote) return undefined;
    const limit = check.check(vote.dotsPerPerson, join(votePath, 'dotsPerPerson'), isDotsPerPerson, 'invalid-dots');
    check.boolean(vote.anonymous, join(votePath, 'anonymous'));
    check.count(vote.openedAt, join(votePath, 'openedAt'));
    const closed = check.boolean(vote.closed, join(votePath, 'closed'));
    const counts = validatePerNote(check, vote.perNote, join(votePath, 'perNote'));
    if (vote.perPerson === null) return vote;
    const placed = validatePerPerson(check, vote.perPerson, join(votePath, 'perPerson'), limit);
    if (closed === false && counts && placed && !sameCounts(counts, placed)) {
      check.fail(join(votePath, 'perNote'), 'invalid-dots');
    }
    return vote;
  });
}

function validatePerNote(check: Checker, value: unknown, path: string): Map<string, number> | undefined {
  const counts = new Map<string, number>();
  check.array(value, path)?.forEach((entry, index) => {
    const result = check.object(entry, at(path, index), ['note', 'dots']);
    if (!result) return;
    const note = check.check(result.note, join(at(path, index), 'note'), isNoteId, 'invalid-id');
    const dots = check.count(result.dots, join(at(path, index), 'dots'));
    // A note without dots is not listed: results never hold a zero.
    if (dots === 0) check.fail(join(at(path, index), 'dots'), 'invalid-dots');
    if (note !== undefined && counts.has(note)) check.fail(join(at(path, index), 'note'), 'duplicate-id');
    if (note !== undefined && dots !== undefined) counts.set(note, dots);
  });
  return check.errors.length === 0 ? counts : undefined;
}

function validatePerPerson(
  check: Checker,
  value: unknown,
  path: string,
  limit: number | undefined,
): Map<string, number> | undefined {
  const counts = new Map<string, number>();
  check.array(value, path)?.forEach((entry, index) => {
    const person = check.object(entry, at(path, index), ['person', 'notes']);
    if (!person) return;
    check.check(person.person, join(at(path, index), 'person'), isNoteId, 'invalid-id');
    const notes = noteIds(check, person.notes, join(at(path, index), 'notes'));
    if (limit !== undefined && notes.length > limit) check.fail(join(at(path, index), 'notes'), 'invalid-dots');
    for (const note of notes) counts.set(note, (counts.get(note) ?? 0) + 1);
  });
  return check.errors.length === 0 ? counts : undefined;
}

function sameCounts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([note, dots]) => b.get(note) === dots);
}
