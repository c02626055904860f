import {
  Ballots,
  closeVote,
  createNote,
  type NoteId,
  openVote,
  type PersonId,
  readTally,
  writeTally,
} from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { dotsByNote, personRows, readVoteState, refusalKey, resultRows, totalsByNote } from './voteView.ts';

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

/** As the server publishes a vote's counts: from its ballots, never who placed them. */
function dots(doc: Y.Doc, vote: string, placed: readonly (readonly [PersonId, NoteId])[]) {
  const ballots = new Ballots();
  const limit = 20;
  for (const [person, note] of placed) {
    const entry = ballots.place(vote, person, limit, note);
    if (entry.ok) ballots.apply(entry.value);
  }
  writeTally(doc, vote, ballots.tally(vote, limit, readTally(doc, vote).upTo + 1));
}

describe('the vote state screens read', () => {
  it('has no vote and no results on a fresh table', () => {
    expect(readVoteState(new Y.Doc())).toEqual({ votes: [], open: undefined, results: undefined });
  });

  it('shows the open vote, then its results once closed, until a new vote opens', () => {
    const { doc, a } = table();
    const first = open(doc, 2);
    dots(doc, first, [[ANNA, a]]);
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
  it('counts my dots per note', () => {
    const { a, b } = table();
    expect(dotsByNote([a, a, b])).toEqual(
      new Map([
        [a, 2],
        [b, 1],
      ]),
    );
  });
});

describe('the results list', () => {
  it('orders by dots with shared ranks and names deleted notes as unknown', () => {
    const { doc, a, b, c } = table();
    const vote = open(doc, 3);
    dots(doc, vote, [
      [ANNA, a],
      [ANNA, a],
      [ANNA, b],
      [OLLI, b],
      [OLLI, c],
      [OLLI, a],
    ]);
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
    expect(results?.voters).toBe(2);
  });

  it('orders ties by shared rank', () => {
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
  it("names a named vote's voters from the workshop, unknown people by their id", () => {
    const { a, b } = table();
    const names = new Map([[ANNA, 'Anna']]);
    const perPerson = [
      { person: OLLI, notes: [b] },
      { person: ANNA, notes: [a] },
    ];
    expect(personRows(perPerson, (person) => names.get(person))).toEqual([
      { person: ANNA, name: 'Anna', notes: [a] },
      { person: OLLI, name: OLLI, notes: [b] },
    ]);
    expect(personRows(null, () => 'x')).toEqual([]);
  });

  it("tells a refusal by the operation error's words, else in general", () => {
    expect(refusalKey('no-dots-left')).toBe('error.no-dots-left');
    expect(refusalKey('common-table-locked')).toBe('vote.refused');
  });
});
