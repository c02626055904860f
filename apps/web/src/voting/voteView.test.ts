import { closeVote, createNote, type NoteId, openVote, type PersonId, placeDot, takeBackDot } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { countVoters, dotsByNote, myDots, personRows, readVoteState, resultRows, totalsByNote } from './voteView.ts';

const ANNA = 'anna00000001' as PersonId;
const OLLI = 'olli00000001' as PersonId;

function table() {
  const doc = new Y.Doc();
  const note = (text: string) => {
    const created = createNote(doc, 'start:services', { text });
    if (!created.ok) throw new Error(created.error);
    return created.value;
  };
  return { doc, a: note('Päivystys'), b: note('Parityö'), c: note('Raati') };
}

function open(doc: Y.Doc, dotsPerPerson: number, anonymous = true, now = 1): string {
  const opened = openVote(doc, { dotsPerPerson, anonymous }, { now: () => now });
  if (!opened.ok) throw new Error(opened.error);
  return opened.value;
}

describe('the vote state screens read', () => {
  it('has no vote and no results on a fresh table', () => {
    expect(readVoteState(new Y.Doc())).toEqual({ votes: [], open: undefined, results: undefined });
  });

  it('shows the open vote, then its results once closed, until a new vote opens', () => {
    const { doc, a } = table();
    const first = open(doc, 2);
    placeDot(doc, first, ANNA, a);
    expect(readVoteState(doc).open?.id).toBe(first);
    expect(readVoteState(doc).results).toBeUndefined();
    closeVote(doc, first);
    expect(readVoteState(doc).open).toBeUndefined();
    expect(readVoteState(doc).results?.perNote).toEqual([{ note: a, dots: 1 }]);
    const second = open(doc, 3, true, 2);
    expect(readVoteState(doc).open?.id).toBe(second);
    expect(readVoteState(doc).results).toBeUndefined();
    expect(readVoteState(doc).votes.map((vote) => vote.id)).toEqual([second, first]);
  });
});

describe('my dots', () => {
  it('counts my dots per note and what is left, and follows a take-back', () => {
    const { doc, a, b } = table();
    const vote = open(doc, 3);
    placeDot(doc, vote, ANNA, a);
    placeDot(doc, vote, ANNA, a);
    placeDot(doc, vote, OLLI, b);
    const state = readVoteState(doc);
    const mine = myDots(doc, state.open, ANNA);
    expect(mine).toEqual({ notes: [a, a], left: 1, total: 3 });
    expect(dotsByNote(mine?.notes ?? [])).toEqual(new Map([[a, 2]]));
    takeBackDot(doc, vote, ANNA, a);
    expect(myDots(doc, readVoteState(doc).open, ANNA)).toEqual({ notes: [a], left: 2, total: 3 });
  });

  it('is undefined for a screen that is not a person, or with no open vote', () => {
    const { doc } = table();
    const vote = open(doc, 3);
    expect(myDots(doc, readVoteState(doc).open, null)).toBeUndefined();
    closeVote(doc, vote);
    expect(myDots(doc, readVoteState(doc).open, ANNA)).toBeUndefined();
  });
});

describe('the results list', () => {
  it('orders by dots with shared ranks and names deleted notes as unknown', () => {
    const { doc, a, b, c } = table();
    const vote = open(doc, 3);
    for (const note of [a, a, b]) placeDot(doc, vote, ANNA, note);
    for (const note of [b, c, a]) placeDot(doc, vote, OLLI, note);
    const results = readVoteState(doc).open;
    const texts = new Map<NoteId, string>([
      [a, 'Päivystys'],
      [b, 'Parityö'],
    ]);
    expect(resultRows(results?.perNote ?? [], (note) => texts.get(note))).toEqual([
      { note: a, text: 'Päivystys', dots: 3, rank: 1 },
      { note: b, text: 'Parityö', dots: 2, rank: 2 },
      { note: c, text: null, dots: 1, rank: 3 },
    ]);
    expect(totalsByNote(results?.perNote ?? []).get(b)).toBe(2);
  });

  it('gives tied notes the same rank', () => {
    const rows = resultRows(
      [
        { note: 'a' as NoteId, dots: 2 },
        { note: 'b' as NoteId, dots: 2 },
        { note: 'c' as NoteId, dots: 1 },
      ],
      () => 'x',
    );
    expect(rows.map((row) => row.rank)).toEqual([1, 1, 3]);
  });
});

describe('who voted', () => {
  it('counts voters, and names them only for a vote that is not anonymous', () => {
    const { doc, a, b } = table();
    const named = open(doc, 2, false);
    placeDot(doc, named, ANNA, a);
    placeDot(doc, named, OLLI, b);
    expect(countVoters(doc, named, [ANNA, OLLI, 'pekka0000001' as PersonId])).toBe(2);
    closeVote(doc, named);
    const names = new Map([[ANNA, 'Anna']]);
    expect(personRows(readVoteState(doc).results?.perPerson ?? null, (person) => names.get(person))).toEqual([
      { person: ANNA, name: 'Anna', notes: [a] },
      { person: OLLI, name: OLLI, notes: [b] },
    ]);

    const anonymous = open(doc, 2, true, 5);
    placeDot(doc, anonymous, ANNA, a);
    expect(countVoters(doc, anonymous, [ANNA, OLLI])).toBe(1);
    closeVote(doc, anonymous);
    expect(readVoteState(doc).results?.perPerson).toBeNull();
    expect(personRows(null, () => 'x')).toEqual([]);
  });
});
