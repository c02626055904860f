import { isFractionalKey } from '../fractionalKey.ts';
import { isGroupNumber } from '../groupNumber.ts';
import { isNoteId } from '../ids.ts';
import { isNoteColour, isNoteKind, sourceKey } from '../schema.ts';
import { isCellId } from '../template.ts';
import { at, type Checker, join } from './checker.ts';
import { validateComments } from './commentsExchange.ts';
import { isExchangedText } from './exchangedText.ts';
import { validateImages, validateNoteImage } from './imagesExchange.ts';
import { validateReactions } from './reactionsExchange.ts';
import { validatePaths } from './validatePaths.ts';

const NOTE_FIELDS = [
  'id',
  'cell',
  'order',
  'text',
  'colour',
  'kind',
  'createdAt',
  'deleted',
  'sources',
  'stackedInto',
] as const;
const SOURCE_FIELDS = ['group', 'note', 'text', 'colour', 'kind'] as const;

/**
 * One board's `{ notes, paths? }`: at most `maxNotes` notes (checked first: nothing past the bound
 * is looked at), fields, unique ids, stacks that name a loose note of the board, and paths whose
 * steps name notes of the board. `paths` came later in version 1: a board without it imports.
 */
export function validateBoard(check: Checker, value: unknown, path: string, maxNotes: number): void {
  const board = check.object(value, path, ['notes'], ['paths', 'comments', 'reactions', 'images']);
  const notes = board && check.array(board.notes, join(path, 'notes'));
  if (!notes) return;
  if (notes.length > maxNotes) return void check.fail(join(path, 'notes'), 'too-many-notes');
  const images =
    board.images === undefined ? new Set<string>() : validateImages(check, board.images, join(path, 'images'));
  const ids = validateNotes(check, notes, path, images);
  if (board.paths !== undefined) validatePaths(check, board.paths, join(path, 'paths'), ids);
  if (board.comments !== undefined) validateComments(check, board.comments, join(path, 'comments'), ids);
  if (board.reactions !== undefined) validateReactions(check, board.reactions, join(path, 'reactions'), ids);
}

/** The notes' fields and stacks; returns the ids of the board's notes, for the paths' links. */
function validateNotes(
  check: Checker,
  notes: readonly unknown[],
  path: string,
  images: ReadonlySet<string>,
): ReadonlySet<string> {
  const heads = new Map<string, unknown>();
  const ids = new Set<string>();
  notes.forEach((note, index) => {
    const notePath = at(join(path, 'notes'), index);
    const fields = validateNote(check, note, notePath, images);
    if (!fields || !isNoteId(fields.id)) return;
    if (ids.has(fields.id)) check.fail(join(notePath, 'id'), 'duplicate-id');
    ids.add(fields.id);
    heads.set(fields.id, fields.stackedInto);
  });
  notes.forEach((note, index) => {
    checkStack(check, note, heads, join(at(join(path, 'notes'), index), 'stackedInto'));
  });
  return ids;
}

function validateNote(check: Checker, value: unknown, path: string, images: ReadonlySet<string>) {
  const note = check.object(value, path, NOTE_FIELDS, ['image']);
  if (!note) return undefined;
  if (note.image !== undefined) validateNoteImage(check, note.image, join(path, 'image'), images);
  check.check(note.id, join(path, 'id'), isNoteId, 'invalid-id');
  check.check(note.cell, join(path, 'cell'), isCellId, 'unknown-cell');
  check.check(note.order, join(path, 'order'), isFractionalKey, 'invalid-order');
  if (check.string(note.text, join(path, 'text')) !== undefined) {
    check.check(note.text, join(path, 'text'), isExchangedText, 'invalid-text');
  }
  check.check(note.colour, join(path, 'colour'), isNoteColour, 'unknown-colour');
  check.check(note.kind, join(path, 'kind'), isNoteKind, 'unknown-kind');
  check.count(note.createdAt, join(path, 'createdAt'));
  check.boolean(note.deleted, join(path, 'deleted'));
  if (note.stackedInto !== null) check.check(note.stackedInto, join(path, 'stackedInto'), isNoteId, 'invalid-id');
  validateSources(check, note.sources, join(path, 'sources'));
  return note;
}

function validateSources(check: Checker, value: unknown, path: string): void {
  const sources = check.array(value, path);
  const keys = new Set<string>();
  sources?.forEach((entry, index) => {
    const sourcePath = at(path, index);
    const source = check.object(entry, sourcePath, SOURCE_FIELDS);
    if (!source) return;
    const group = check.check(source.group, join(sourcePath, 'group'), isGroupNumber, 'invalid-group-number');
    const note = check.check(source.note, join(sourcePath, 'note'), isNoteId, 'invalid-id');
    if (check.string(source.text, join(sourcePath, 'text')) !== undefined) {
      check.check(source.text, join(sourcePath, 'text'), isExchangedText, 'invalid-text');
    }
    check.check(source.colour, join(sourcePath, 'colour'), isNoteColour, 'unknown-colour');
    check.check(source.kind, join(sourcePath, 'kind'), isNoteKind, 'unknown-kind');
    if (group === undefined || note === undefined) return;
    if (keys.has(sourceKey(group, note))) check.fail(sourcePath, 'duplicate-source');
    keys.add(sourceKey(group, note));
  });
}

/**
 * A stacked note must name another note of this board that is in no stack itself: exports
 * write the resolved head, so chains and cycles never come from an export.
 */
function checkStack(check: Checker, value: unknown, heads: ReadonlyMap<string, unknown>, path: string): void {
  const note = value as Record<string, unknown> | null;
  const head = note?.stackedInto;
  if (typeof head !== 'string' || !isNoteId(head) || !isNoteId(note?.id)) return;
  if (head === note.id) check.fail(path, 'stacked-into-self');
  else if (!heads.has(head)) check.fail(path, 'unknown-note');
  else if (heads.get(head) !== null) check.fail(path, 'stack-chain');
}
