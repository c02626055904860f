import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import { cryptoRandom, isNoteId, type NoteId, newNoteId } from '../ids.ts';
import type { OperationOptions } from '../operations/createNote.ts';
import { fail, type OperationError, ok, type Result } from '../result.ts';
import { readNote } from '../schema.ts';
import { countedDots, isDotsPerPerson, slotKey, tally, voteEntry, votesMap } from './vote.ts';

export type NewVote = { readonly dotsPerPerson: number; readonly anonymous?: boolean };

/** The facilitator opens a vote; anonymous unless chosen otherwise. Returns the vote's id. */
export function openVote(doc: Y.Doc, vote: NewVote, options: OperationOptions = {}): Result<string> {
  if (!isDotsPerPerson(vote.dotsPerPerson)) return fail('invalid-dots-per-person');
  const id = newNoteId(options.random ?? cryptoRandom) as string;
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('dotsPerPerson', vote.dotsPerPerson);
    entry.set('anonymous', vote.anonymous !== false);
    entry.set('openedAt', (options.now ?? Date.now)());
    entry.set('closed', false);
    entry.set('frozen', null);
    entry.set('dots', new Y.Map<unknown>());
    votesMap(doc).set(id, entry);
  });
  return ok(id);
}

function openEntry(doc: Y.Doc, id: string): Y.Map<unknown> | { ok: false; error: OperationError } {
  const vote = voteEntry(doc, id);
  if (!vote) return fail('unknown-vote');
  return vote.get('closed') === true ? fail('vote-closed') : vote;
}

/**
 * Closes the vote and freezes its results as one value, so a dot that arrives late (placed on a
 * peer that had not yet seen the close) changes nothing anyone reads. An anonymous vote's slots
 * are cleared: only the counts stay in the document.
 */
export function closeVote(doc: Y.Doc, id: string): Result {
  const vote = openEntry(doc, id);
  if (!(vote instanceof Y.Map)) return vote;
  doc.transact(() => {
    vote.set('frozen', tally(vote));
    vote.set('closed', true);
    if (vote.get('anonymous') !== false) (vote.get('dots') as Y.Map<unknown>).clear();
  });
  return ok();
}

function checkNote(doc: Y.Doc, noteId: NoteId): Result {
  const note = isNoteId(noteId) ? readNote(doc, noteId) : undefined;
  if (!note) return fail('unknown-note');
  if (note.deleted) return fail('note-deleted');
  return note.stackedInto === undefined ? ok() : fail('note-stacked');
}

/**
 * Places one of the person's dots on a note (several on one note are allowed): writes the first
 * free slot of the person's own. The limit holds under concurrency because slots are fixed.
 */
export function placeDot(doc: Y.Doc, voteId: string, person: PersonId, noteId: NoteId): Result {
  const vote = openEntry(doc, voteId);
  if (!(vote instanceof Y.Map)) return vote;
  if (!isNoteId(person)) return fail('unknown-person');
  const note = checkNote(doc, noteId);
  if (!note.ok) return note;
  const used = new Set(countedDots(vote).flatMap(([owner, slot]) => (owner === person ? [slot] : [])));
  const limit = vote.get('dotsPerPerson') as number;
  const free = Array.from({ length: limit }, (_, slot) => slot).find((slot) => !used.has(slot));
  if (free === undefined) return fail('no-dots-left');
  (vote.get('dots') as Y.Map<unknown>).set(slotKey(person, free), noteId);
  return ok();
}

/** Takes back one of the person's dots from a note: empties the last slot holding it. */
export function takeBackDot(doc: Y.Doc, voteId: string, person: PersonId, noteId: NoteId): Result {
  const vote = openEntry(doc, voteId);
  if (!(vote instanceof Y.Map)) return vote;
  if (!isNoteId(person)) return fail('unknown-person');
  const slots = countedDots(vote).filter(([owner, , note]) => owner === person && note === noteId);
  const last = slots.sort((a, b) => b[1] - a[1])[0];
  if (!last) return fail('no-dot-on-note');
  (vote.get('dots') as Y.Map<unknown>).set(slotKey(person, last[1]), null);
  return ok();
}
