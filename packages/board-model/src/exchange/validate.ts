import { MAX_WORKSHOP_TITLE_LENGTH } from '@avaa/protocol';
import { isGroupNumber } from '../groupNumber.ts';
import { isParticipantRole } from '../groups/participants.ts';
import { isNoteId } from '../ids.ts';
import { isLanguage } from '../template.ts';
import { validatePersonName } from '../workshop/personName.ts';
import { validateBoardModes } from './boardModesExchange.ts';
import { at, Checker, join } from './checker.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, type ValidationResult, type WorkshopExport } from './types.ts';
import { validateBoard } from './validateBoard.ts';
import { validateAgreements, validateRounds, validateVotes } from './validateFacilitation.ts';

const TOP_FIELDS = ['format', 'version', 'workshop', 'people', 'groups', 'boards'] as const;
/** Added to version 1 with facilitation; files without them still import. */
const OPTIONAL_FIELDS = ['agreements', 'rounds', 'votes', 'boardModes'] as const;
const PERSON_FIELDS = ['id', 'name', 'role', 'joinedAt', 'group', 'contact'] as const;
// A title is one plain line, as `POST /api/workshops` requires.
const TITLE_CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** Bounds the importing side sets; the server passes the same ones its live edits have. */
export type ExchangeLimits = {
  /** Notes one board may hold, deleted ones included (`too-many-notes` past it). */
  readonly maxNotesPerBoard?: number;
};

/**
 * Checks parsed JSON against version 1 of the export format. Returns the typed value, or every
 * error found, each with the path of the field and a reason from `EXCHANGE_ERROR_REASONS`.
 */
export function validateWorkshopExport(json: unknown, limits: ExchangeLimits = {}): ValidationResult {
  const check = new Checker();
  const top = check.object(json, '', TOP_FIELDS, OPTIONAL_FIELDS);
  if (!top) return { ok: false, errors: check.errors };
  if (top.format !== EXPORT_FORMAT) check.fail('format', 'unknown-format');
  else if (top.version !== EXPORT_VERSION) check.fail('version', 'unsupported-version');
  validateWorkshopFields(check, top.workshop);
  const groups = validateGroups(check, top.groups);
  validatePeople(check, top.people, groups);
  validateBoards(check, top.boards, groups, limits.maxNotesPerBoard ?? Number.POSITIVE_INFINITY);
  if (top.agreements !== undefined) validateAgreements(check, top.agreements, 'agreements');
  if (top.rounds !== undefined) validateRounds(check, top.rounds, 'rounds');
  if (top.votes !== undefined) validateVotes(check, top.votes, 'votes');
  if (top.boardModes !== undefined) validateBoardModes(check, top.boardModes, groups);
  if (check.errors.length > 0) return { ok: false, errors: check.errors };
  return { ok: true, value: json as WorkshopExport };
}

function validateWorkshopFields(check: Checker, value: unknown): void {
  const workshop = check.object(value, 'workshop', ['title', 'language', 'createdAt']);
  if (!workshop) return;
  const title = check.string(workshop.title, 'workshop.title');
  if (title !== undefined && !isTitle(title)) check.fail('workshop.title', 'invalid-title');
  check.check(workshop.language, 'workshop.language', isLanguage, 'unknown-language');
  check.count(workshop.createdAt, 'workshop.createdAt');
}

function isTitle(title: string): boolean {
  return (
    title === title.trim() &&
    title.length > 0 &&
    [...title].length <= MAX_WORKSHOP_TITLE_LENGTH &&
    !TITLE_CONTROL.test(title)
  );
}

/** The listed group numbers (well-formed ones), for the references from people and boards. */
function validateGroups(check: Checker, value: unknown): ReadonlySet<number> {
  const numbers = new Set<number>();
  check.array(value, 'groups')?.forEach((entry, index) => {
    const group = check.object(entry, at('groups', index), ['number', 'createdAt']);
    if (!group) return;
    check.count(group.createdAt, join(at('groups', index), 'createdAt'));
    const path = join(at('groups', index), 'number');
    const number = check.check(group.number, path, isGroupNumber, 'invalid-group-number');
    if (number === undefined) return;
    if (numbers.has(number)) check.fail(path, 'duplicate-group');
    numbers.add(number);
  });
  return numbers;
}

function validatePeople(check: Checker, value: unknown, groups: ReadonlySet<number>): void {
  const people = check.array(value, 'people');
  if (!people) return;
  const ids = new Set(people.map((person) => (person as Record<string, unknown> | null)?.id));
  const seen = new Set<string>();
  people.forEach((entry, index) => {
    const path = at('people', index);
    const person = check.object(entry, path, PERSON_FIELDS, ['listed']);
    if (!person) return;
    const id = check.check(person.id, join(path, 'id'), isNoteId, 'invalid-id');
    if (id !== undefined && seen.has(id)) check.fail(join(path, 'id'), 'duplicate-id');
    if (id !== undefined) seen.add(id);
    const name = check.string(person.name, join(path, 'name'));
    if (name !== undefined && !isStoredName(name)) check.fail(join(path, 'name'), 'invalid-name');
    check.check(person.role, join(path, 'role'), isParticipantRole, 'unknown-role');
    check.count(person.joinedAt, join(path, 'joinedAt'));
    if (person.group !== null && !groups.has(person.group as number)) check.fail(join(path, 'group'), 'unknown-group');
    if (person.listed !== undefined && person.listed !== true) check.fail(join(path, 'listed'), 'not-a-boolean');
    const contact = person.contact;
    if (contact !== null && (contact === person.id || !ids.has(contact)))
      check.fail(join(path, 'contact'), 'unknown-person');
  });
}

/** A name as the workshop stores it: valid and already trimmed. */
function isStoredName(name: string): boolean {
  const valid = validatePersonName(name);
  return valid.ok && valid.value === name;
}

function validateBoards(check: Checker, value: unknown, groups: ReadonlySet<number>, maxNotes: number): void {
  const boards = check.object(value, 'boards', ['plenary', 'groups']);
  if (!boards) return;
  validateBoard(check, boards.plenary, 'boards.plenary', maxNotes);
  const groupBoards = check.object(boards.groups, 'boards.groups', Object.keys((boards.groups ?? {}) as object));
  if (!groupBoards) return;
  for (const [key, board] of Object.entries(groupBoards)) {
    const path = join('boards.groups', key);
    // Keys are canonical numbers of listed groups: "1", never "01".
    if (!groups.has(Number(key)) || String(Number(key)) !== key) check.fail(path, 'unknown-group');
    validateBoard(check, board, path, maxNotes);
  }
}
