import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import type { NoteId } from '../ids.ts';
import { deleteNote } from '../operations/deleteNote.ts';
import { addNote, exchange, seededBoard } from '../testing/board.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { currentVote, dotsOf, readVotes, voteResults, votesMap } from './vote.ts';
import { closeVote, openVote, placeDot, takeBackDot } from './voteOperations.ts';

const ANNA = 'anna00000001' as PersonId;
const PEKKA = 'pekka0000001' as PersonId;

function open(doc: Y.Doc, dotsPerPerson: number, anonymous?: boolean, seed = 7): string {
  const result = openVote(
    doc,
    { dotsPerPerson, ...(anonymous === undefined ? {} : { anonymous }) },
    { random: seededRandom(seed), now: () => seed },
  );
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function board(): { doc: Y.Doc; first: NoteId; second: NoteId } {
  const doc = seededBoard();
  return {
    doc,
    first: addNote(doc, 'start:services', 'Matala kynnys', 1),
    second: addNote(doc, 'during:collaboration', 'Parityö', 2),
  };
}

describe('dot voting', () => {
  it('places and takes back dots within the limit, several on one note allowed', () => {
    const { doc, first, second } = board();
    const vote = open(doc, 3);
    expect(placeDot(doc, vote, ANNA, first).ok).toBe(true);
    expect(placeDot(doc, vote, ANNA, first).ok).toBe(true);
    expect(placeDot(doc, vote, ANNA, second).ok).toBe(true);
    expect(placeDot(doc, vote, ANNA, second)).toEqual({ ok: false, error: 'no-dots-left' });
    expect(dotsOf(doc, vote, ANNA)).toMatchObject({ left: 0 });
    expect(takeBackDot(doc, vote, ANNA, first).ok).toBe(true);
    expect(dotsOf(doc, vote, ANNA)?.left).toBe(1);
    expect(placeDot(doc, vote, ANNA, second).ok).toBe(true);
    expect(placeDot(doc, vote, PEKKA, second).ok).toBe(true);
    expect(takeBackDot(doc, vote, PEKKA, first)).toEqual({ ok: false, error: 'no-dot-on-note' });
    const results = voteResults(doc, vote)!;
    expect(results.perNote).toEqual([
      { note: second, dots: 3 },
      { note: first, dots: 1 },
    ]);
    expect(results.totalDots).toBe(4);
  });

  it('is anonymous unless chosen otherwise', () => {
    const { doc, first } = board();
    const secret = open(doc, 2, undefined, 1);
    placeDot(doc, secret, ANNA, first);
    expect(voteResults(doc, secret)).toMatchObject({ anonymous: true, perPerson: null });
    const named = open(doc, 2, false, 2);
    placeDot(doc, named, ANNA, first);
    expect(voteResults(doc, named)?.perPerson).toEqual([{ person: ANNA, notes: [first] }]);
    expect(readVotes(doc).map((vote) => vote.id)).toEqual([named, secret]);
  });

  it('refuses dots on unknown or deleted notes and unknown votes', () => {
    const { doc, first } = board();
    const vote = open(doc, 2);
    expect(placeDot(doc, vote, ANNA, 'zzzzzzzzzzzz' as NoteId)).toEqual({ ok: false, error: 'unknown-note' });
    expect(placeDot(doc, 'nope', ANNA, first)).toEqual({ ok: false, error: 'unknown-vote' });
    expect(placeDot(doc, vote, 'x' as PersonId, first)).toEqual({ ok: false, error: 'unknown-person' });
    deleteNote(doc, first);
    expect(placeDot(doc, vote, ANNA, first)).toEqual({ ok: false, error: 'note-deleted' });
    expect(openVote(doc, { dotsPerPerson: 0 })).toEqual({ ok: false, error: 'invalid-dots-per-person' });
    expect(openVote(doc, { dotsPerPerson: 2.5 })).toEqual({ ok: false, error: 'invalid-dots-per-person' });
  });

  it('closing freezes the results and refuses changes', () => {
    const { doc, first, second } = board();
    const vote = open(doc, 2);
    placeDot(doc, vote, ANNA, first);
    placeDot(doc, vote, PEKKA, second);
    expect(currentVote(doc)?.id).toBe(vote);
    expect(closeVote(doc, vote).ok).toBe(true);
    expect(currentVote(doc)).toBeUndefined();
    expect(placeDot(doc, vote, ANNA, second)).toEqual({ ok: false, error: 'vote-closed' });
    expect(takeBackDot(doc, vote, ANNA, first)).toEqual({ ok: false, error: 'vote-closed' });
    expect(closeVote(doc, vote)).toEqual({ ok: false, error: 'vote-closed' });
    expect(voteResults(doc, vote)).toMatchObject({ closed: true, totalDots: 2, perPerson: null });
    // An anonymous vote keeps only the counts once closed.
    expect((votesMap(doc).get(vote)?.get('dots') as Y.Map<unknown> | undefined)?.size).toBe(0);
  });

  it('a dot placed on a peer that had not seen the close changes nothing anyone reads', () => {
    const { doc: a, first, second } = board();
    const vote = open(a, 2, false);
    placeDot(a, vote, ANNA, first);
    const b = seededBoard();
    exchange(a, b);
    closeVote(a, vote);
    expect(placeDot(b, vote, PEKKA, second).ok).toBe(true);
    exchange(a, b);
    for (const doc of [a, b]) {
      expect(voteResults(doc, vote)).toMatchObject({ closed: true, perNote: [{ note: first, dots: 1 }] });
      expect(voteResults(doc, vote)?.perPerson).toEqual([{ person: ANNA, notes: [first] }]);
    }
  });

  it('two concurrent placements by one person never exceed the limit', () => {
    const { doc: a, first, second } = board();
    const vote = open(a, 1);
    const b = seededBoard();
    exchange(a, b);
    expect(placeDot(a, vote, ANNA, first).ok).toBe(true);
    expect(placeDot(b, vote, ANNA, second).ok).toBe(true);
    exchange(a, b);
    expect(voteResults(a, vote)?.totalDots).toBe(1);
    expect(voteResults(a, vote)).toEqual(voteResults(b, vote));
  });
});
