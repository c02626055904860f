import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import type { NoteId } from '../ids.ts';
import { deleteNote } from '../operations/deleteNote.ts';
import { BallotBox } from '../testing/ballotBox.ts';
import { addNote, exchange, seededBoard } from '../testing/board.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { Ballots } from './ballots.ts';
import { holdsLegacyDots } from './legacyDots.ts';
import { currentVote, readVotes, voteResults, votesMap } from './vote.ts';
import { closeVote, openVote } from './voteOperations.ts';

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

/** The bytes as Latin-1 text, so an ASCII person id can be searched for. */
function latin1(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}

describe('dot voting', () => {
  it('places and takes back dots within the limit, several on one note allowed', () => {
    const { doc, first, second } = board();
    const box = new BallotBox();
    const vote = open(doc, 3);
    expect(box.place(doc, vote, ANNA, first).ok).toBe(true);
    expect(box.place(doc, vote, ANNA, first).ok).toBe(true);
    expect(box.place(doc, vote, ANNA, second).ok).toBe(true);
    expect(box.place(doc, vote, ANNA, second)).toEqual({ ok: false, error: 'no-dots-left' });
    expect(box.dotsOf(doc, vote, ANNA)).toMatchObject({ left: 0 });
    expect(box.takeBack(doc, vote, ANNA, first).ok).toBe(true);
    expect(box.dotsOf(doc, vote, ANNA)?.left).toBe(1);
    expect(box.place(doc, vote, ANNA, second).ok).toBe(true);
    expect(box.place(doc, vote, PEKKA, second).ok).toBe(true);
    expect(box.takeBack(doc, vote, PEKKA, first)).toEqual({ ok: false, error: 'no-dot-on-note' });
    const results = voteResults(doc, vote);
    expect(results?.perNote).toEqual([
      { note: second, dots: 3 },
      { note: first, dots: 1 },
    ]);
    expect(results).toMatchObject({ totalDots: 4, voters: 2 });
  });

  it('publishes counts only: no person id is in the document', () => {
    const { doc, first } = board();
    const box = new BallotBox();
    const named = open(doc, 2, false, 2);
    box.place(doc, named, ANNA, first);
    const bytes = latin1(Y.encodeStateAsUpdate(doc));
    expect(bytes).not.toContain(ANNA);
    expect(JSON.stringify(doc.toJSON())).not.toContain(ANNA);
    expect(voteResults(doc, named)).toMatchObject({ anonymous: false, totalDots: 1 });
    expect(box.ballots.perPerson(named, 2)).toEqual([{ person: ANNA, notes: [first] }]);
    expect(readVotes(doc).map((vote) => vote.id)).toEqual([named]);
  });

  it('refuses dots on unknown or deleted notes and unknown votes', () => {
    const { doc, first } = board();
    const box = new BallotBox();
    const vote = open(doc, 2);
    expect(box.place(doc, vote, ANNA, 'zzzzzzzzzzzz' as NoteId)).toEqual({ ok: false, error: 'unknown-note' });
    expect(box.place(doc, 'nope', ANNA, first)).toEqual({ ok: false, error: 'unknown-vote' });
    deleteNote(doc, first);
    expect(box.place(doc, vote, ANNA, first)).toEqual({ ok: false, error: 'note-deleted' });
    expect(openVote(doc, { dotsPerPerson: 0 })).toEqual({ ok: false, error: 'invalid-dots-per-person' });
    expect(openVote(doc, { dotsPerPerson: 2.5 })).toEqual({ ok: false, error: 'invalid-dots-per-person' });
  });

  it('closing freezes the results and refuses changes', () => {
    const { doc, first, second } = board();
    const box = new BallotBox();
    const vote = open(doc, 2);
    box.place(doc, vote, ANNA, first);
    box.place(doc, vote, PEKKA, second);
    expect(currentVote(doc)?.id).toBe(vote);
    expect(closeVote(doc, vote).ok).toBe(true);
    expect(currentVote(doc)).toBeUndefined();
    expect(box.place(doc, vote, ANNA, second)).toEqual({ ok: false, error: 'vote-closed' });
    expect(box.takeBack(doc, vote, ANNA, first)).toEqual({ ok: false, error: 'vote-closed' });
    expect(closeVote(doc, vote)).toEqual({ ok: false, error: 'vote-closed' });
    expect(voteResults(doc, vote)).toMatchObject({ closed: true, totalDots: 2 });
  });

  it('slot writes read in any log order never give a person more than N dots', () => {
    const { doc, first, second } = board();
    const vote = open(doc, 1);
    const a = new Ballots();
    const b = new Ballots();
    // Two nodes each saw a free slot 0 and wrote it: the log keeps both, the later wins.
    const fromA = a.place(vote, ANNA, 1, first);
    const fromB = b.place(vote, ANNA, 1, second);
    if (!fromA.ok || !fromB.ok) throw new Error('both were free');
    const log = new Ballots();
    const placedOnA = { ...fromA.value, change: 'device-a-0001' };
    const placedOnB = { ...fromB.value, change: 'device-b-0001' };
    log.apply(placedOnA);
    log.apply(placedOnB);
    expect(log.dotsOf(vote, ANNA, 1)).toEqual([second]);
    // Node A reads back and sees its dot overtaken: it decides again (here: no dot left).
    expect([log.overtaken(placedOnA), log.overtaken(placedOnB)]).toEqual([true, false]);
    expect(log.has(vote, ANNA, 'device-a-0001')).toBe(true);
    expect(log.tally(vote, 1, 2)).toEqual({ perNote: { [second]: 1 }, voters: 1, upTo: 2 });
    expect(voteResults(doc, vote)?.totalDots).toBe(0);
  });
});

describe('dots of before (issue 14) leave the document', () => {
  /** A vote as the old slot model wrote it, also for a closed anonymous vote (slots emptied). */
  function legacyBoard() {
    const { doc, first, second } = board();
    const open1 = open(doc, 2, true, 1);
    const named = open(doc, 2, false, 2);
    const secret = open(doc, 2, true, 3);
    doc.transact(() => {
      const slots = (id: string) => {
        const dots = new Y.Map<unknown>();
        votesMap(doc).get(id)?.set('dots', dots);
        return dots;
      };
      const openSlots = slots(open1);
      openSlots.set(`${ANNA}:0`, first);
      openSlots.set(`${PEKKA}:0`, second);
      slots(named);
      const perPerson = { [ANNA]: [first, second] };
      votesMap(doc)
        .get(named)
        ?.set('frozen', { perNote: { [first]: 1, [second]: 1 }, perPerson });
      votesMap(doc).get(named)?.set('closed', true);
      const emptied = slots(secret);
      emptied.set(`${ANNA}:0`, first);
      emptied.clear();
      votesMap(doc)
        .get(secret)
        ?.set('frozen', { perNote: { [first]: 1 }, perPerson: null });
      votesMap(doc).get(secret)?.set('closed', true);
    });
    return { doc, first, second, open1, named, secret };
  }

  it('moves them into the ballots and keeps every count', () => {
    const { doc, first, second, open1, named, secret } = legacyBoard();
    const peer = seededBoard();
    exchange(doc, peer);
    expect(latin1(Y.encodeStateAsUpdate(doc))).toContain(ANNA);
    expect(holdsLegacyDots(doc)).toBe(true);
    const box = BallotBox.migrate(doc);
    expect(holdsLegacyDots(doc)).toBe(false);
    expect(latin1(Y.encodeStateAsUpdate(doc))).not.toContain(ANNA);
    expect(voteResults(doc, open1)?.perNote).toEqual([
      { note: first, dots: 1 },
      { note: second, dots: 1 },
    ]);
    expect(voteResults(doc, named)?.totalDots).toBe(2);
    expect(voteResults(doc, secret)?.totalDots).toBe(1);
    expect(box.ballots.perPerson(named, 2)).toEqual([{ person: ANNA, notes: [first, second] }]);
    expect(box.dotsOf(doc, open1, PEKKA)?.notes).toEqual([second]);
  });
});
