import * as Y from 'yjs';
import { cryptoRandom, isNoteId, type NoteId, newNoteId } from '../ids.ts';
import type { OperationOptions } from '../operations/createNote.ts';
import { fail, ok, type Result } from '../result.ts';
import { readNote } from '../schema.ts';
import { isDotsPerPerson, voteEntry, votesMap } from './vote.ts';

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
    votesMap(doc).set(id, entry);
  });
  return ok(id);
}

/**
 * Closes the vote. The server takes no dot for a closed vote, so its published tally stays as
 * it was: the results are frozen wherever the close arrives first.
 */
export function closeVote(doc: Y.Doc, id: string): Result {
  const vote = openEntry(doc, id);
  if (!vote.ok) return vote;
  vote.value.set('closed', true);
  return ok();
}

/** The vote's dots per person when it is open, else why no dot may change. */
export function openEntry(doc: Y.Doc, id: string): Result<Y.Map<unknown>> {
  const vote = voteEntry(doc, id);
  if (!vote) return fail('unknown-vote');
  return vote.get('closed') === true ? fail('vote-closed') : ok(vote);
}

/** Whether a dot may go on this note: one that is on the board, not deleted or stacked. */
export function dotTarget(doc: Y.Doc, noteId: NoteId): Result {
  const note = isNoteId(noteId) ? readNote(doc, noteId) : undefined;
  if (!note) return fail('unknown-note');
  if (note.deleted) return fail('note-deleted');
  return note.stackedInto === undefined ? ok() : fail('note-stacked');
}
