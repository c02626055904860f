import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import type { NoteId } from '../ids.ts';
import { deleteNote } from '../operations/deleteNote.ts';
import { editNoteText } from '../operations/editNoteText.ts';
import { addNote, seededBoard } from '../testing/board.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { countedDots, currentVote, dotsOf, voteEntry, votesMap } from './vote.ts';
import { closeVote, openVote, placeDot, takeBackDot } from './voteOperations.ts';
import { checkVoteWrites, type VoteWriteVerdict } from './voteWrites.ts';

const ANNA = 'anna00000001' as PersonId;
const PEKKA = 'pekka0000001' as PersonId;
const ALLOWED: VoteWriteVerdict = { allowed: true };
const refused = (reason: string) => ({ allowed: false, reason });

/** The server's common table: two notes and an open vote of 3 dots the facilitator opened. */
function table() {
  const server = seededBoard();
  const first = addNote(server, 'start:services', 'Matala kynnys', 1);
  const second = addNote(server, 'during:collaboration', 'Parityö', 2);
  const vote = mustOpen(server, 3, 3);
  return { server, first, second, vote };
}

function mustOpen(doc: Y.Doc, dotsPerPerson: number, seed: number): string {
  const opened = openVote(doc, { dotsPerPerson }, { random: seededRandom(seed), now: () => seed });
  if (!opened.ok) throw new Error(opened.error);
  return opened.value;
}

/** A client synced with the server, as after connecting. */
function clientOf(server: Y.Doc): Y.Doc {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return client;
}

/** What the client sends for `change`: its updates, merged. */
function updateOf(client: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const record = (update: Uint8Array) => updates.push(update);
  client.on('update', record);
  change(client);
  client.off('update', record);
  return Y.mergeUpdates(updates);
}

/** The verdict on `change` made by a fresh client of the server, written by `writer`. */
function verdict(server: Y.Doc, writer: PersonId | undefined, change: (doc: Y.Doc) => void): VoteWriteVerdict {
  return checkVoteWrites(server, updateOf(clientOf(server), change), writer);
}

function dotsMap(doc: Y.Doc, vote: string): Y.Map<unknown> {
  return votesMap(doc).get(vote)?.get('dots') as Y.Map<unknown>;
}

describe('checkVoteWrites: what a participant may write into the votes', () => {
  it('lets updates that touch only notes through, with or without a person', () => {
    const { server, first } = table();
    for (const writer of [ANNA, undefined]) {
      expect(verdict(server, writer, (doc) => addNote(doc, 'ending:participation', 'Uusi', 9))).toEqual(ALLOWED);
      expect(verdict(server, writer, (doc) => editNoteText(doc, first, 'Matala kynnys aina'))).toEqual(ALLOWED);
      expect(verdict(server, writer, (doc) => deleteNote(doc, first))).toEqual(ALLOWED);
    }
  });

  it('lets a person place, take back and place again their own dots', () => {
    const { server, first, second, vote } = table();
    const client = clientOf(server);
    const send = (change: (doc: Y.Doc) => void) => {
      const update = updateOf(client, change);
      const result = checkVoteWrites(server, update, ANNA);
      if (result.allowed) Y.applyUpdate(server, update);
      return result;
    };
    expect(send((doc) => placeDot(doc, vote, ANNA, first))).toEqual(ALLOWED);
    expect(send((doc) => placeDot(doc, vote, ANNA, second))).toEqual(ALLOWED);
    expect(send((doc) => takeBackDot(doc, vote, ANNA, first))).toEqual(ALLOWED);
    expect(send((doc) => placeDot(doc, vote, ANNA, second))).toEqual(ALLOWED);
    expect(dotsOf(server, vote, ANNA)).toEqual({ notes: [second, second], left: 1 });
  });

  it('refuses opening, closing, reopening and removing a vote', () => {
    const { server, vote } = table();
    expect(verdict(server, ANNA, (doc) => mustOpen(doc, 5, 8))).toEqual(refused('vote-structure'));
    expect(verdict(server, ANNA, (doc) => closeVote(doc, vote))).toEqual(refused('vote-structure'));
    expect(verdict(server, ANNA, (doc) => votesMap(doc).get(vote)?.set('closed', true))).toEqual(
      refused('vote-structure'),
    );
    expect(verdict(server, ANNA, (doc) => votesMap(doc).get(vote)?.set('dotsPerPerson', 20))).toEqual(
      refused('vote-structure'),
    );
    expect(verdict(server, ANNA, (doc) => votesMap(doc).delete(vote))).toEqual(refused('vote-structure'));
    closeVote(server, vote);
    expect(verdict(server, ANNA, (doc) => votesMap(doc).get(vote)?.set('closed', false))).toEqual(
      refused('vote-structure'),
    );
    expect(verdict(server, ANNA, (doc) => votesMap(doc).get(vote)?.set('frozen', null))).toEqual(
      refused('vote-structure'),
    );
  });

  it("refuses another person's slot, and any slot for a writer without a person", () => {
    const { server, first, vote } = table();
    expect(verdict(server, ANNA, (doc) => placeDot(doc, vote, PEKKA, first))).toEqual(refused('foreign-slot'));
    expect(verdict(server, ANNA, (doc) => dotsMap(doc, vote).set(`${PEKKA}:0`, null))).toEqual(refused('foreign-slot'));
    expect(verdict(server, undefined, (doc) => placeDot(doc, vote, ANNA, first))).toEqual(refused('foreign-slot'));
    expect(verdict(server, ANNA, (doc) => dotsMap(doc, vote).set('anna00000001x:0', first))).toEqual(
      refused('foreign-slot'),
    );
  });

  it("refuses taking back another person's dot", () => {
    const { server, first, vote } = table();
    placeDot(server, vote, PEKKA, first);
    expect(verdict(server, ANNA, (doc) => takeBackDot(doc, vote, PEKKA, first))).toEqual(refused('foreign-slot'));
    expect(verdict(server, ANNA, (doc) => dotsMap(doc, vote).delete(`${PEKKA}:0`))).toEqual(refused('foreign-slot'));
  });

  it('refuses slots beyond the limit and keys that are not canonical', () => {
    const { server, first, vote } = table();
    for (const slot of ['3', '20', '-1', '01', '1.0', '', 'x']) {
      expect(verdict(server, ANNA, (doc) => dotsMap(doc, vote).set(`${ANNA}:${slot}`, first))).toEqual(
        refused('slot-out-of-range'),
      );
    }
  });

  it('refuses values other than a note id or null', () => {
    const { server, vote } = table();
    for (const value of [1, 'not a note', true, { note: 'x' }, ['abc'], new Uint8Array([1])]) {
      expect(verdict(server, ANNA, (doc) => dotsMap(doc, vote).set(`${ANNA}:0`, value))).toEqual(
        refused('invalid-dot'),
      );
    }
    const nested = verdict(server, ANNA, (doc) => {
      const inner = new Y.Map<unknown>();
      inner.set('x', 1);
      dotsMap(doc, vote).set(`${ANNA}:0`, inner);
    });
    expect(nested.allowed).toBe(false);
  });

  it('lets a late own dot into a closed vote through: its results are frozen', () => {
    const { server, first, vote } = table();
    const client = clientOf(server);
    closeVote(server, vote);
    const late = updateOf(client, (doc) => placeDot(doc, vote, ANNA, first));
    expect(checkVoteWrites(server, late, ANNA)).toEqual(ALLOWED);
    expect(verdict(server, ANNA, (doc) => dotsMap(doc, vote).set(`${PEKKA}:0`, first))).toEqual(
      refused('foreign-slot'),
    );
  });

  it('refuses a slot of a vote that is not a vote any more', () => {
    const { server, first, vote } = table();
    votesMap(server).get(vote)?.set('dotsPerPerson', 0);
    expect(verdict(server, ANNA, (doc) => dotsMap(doc, vote).set(`${ANNA}:0`, first))).toEqual(refused('unknown-vote'));
  });

  it('lets a write into a replaced vote through: Yjs collects it, nothing changes', () => {
    const { server, first, vote } = table();
    const client = clientOf(server);
    const replaced = new Y.Map<unknown>();
    replaced.set('dotsPerPerson', 3);
    replaced.set('dots', new Y.Map());
    votesMap(server).set(vote, replaced);
    const stale = updateOf(client, (doc) => dotsMap(doc, vote).set(`${ANNA}:0`, first));
    expect(checkVoteWrites(server, stale, ANNA)).toEqual(ALLOWED);
    Y.applyUpdate(server, stale);
    expect(dotsMap(server, vote).size).toBe(0);
  });

  it('refuses updates that refer to items the server does not have', () => {
    const { server } = table();
    const client = clientOf(server);
    let note = '' as NoteId;
    updateOf(client, (doc) => {
      note = addNote(doc, 'start:services', 'Ei vielä palvelimella', 5);
    });
    const edit = updateOf(client, (doc) => editNoteText(doc, note, 'Muutettu'));
    expect(checkVoteWrites(server, edit, ANNA)).toEqual(refused('unresolved'));
    const erase = updateOf(client, (doc) => doc.getMap('notes').delete(note));
    expect(checkVoteWrites(server, erase, ANNA)).toEqual(refused('unresolved'));
  });

  it("accepts a reconnecting client's whole sync step 2 and refuses one with a forged slot", () => {
    const { server, first, second, vote } = table();
    const client = clientOf(server);
    placeDot(client, vote, ANNA, first);
    placeDot(client, vote, ANNA, second);
    takeBackDot(client, vote, ANNA, first);
    editNoteText(client, second, 'Parityö ja mentorointi');
    const step2 = () => Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(checkVoteWrites(server, step2(), ANNA)).toEqual(ALLOWED);
    dotsMap(client, vote).set(`${PEKKA}:1`, second);
    expect(checkVoteWrites(server, step2(), ANNA)).toEqual(refused('foreign-slot'));
  });

  it('throws on a malformed update, as applying it would', () => {
    const { server } = table();
    expect(() => checkVoteWrites(server, new Uint8Array([1, 200, 7]), ANNA)).toThrow();
  });
});

const PEOPLE = Array.from({ length: 5 }, (_, i) => `person${String(i).padStart(6, '0')}` as PersonId);
const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);

/** A participant's client: its document and what it has sent that the server has not read yet. */
type Peer = { readonly person: PersonId; readonly doc: Y.Doc; outbox: Uint8Array[] };

function peerOf(server: Y.Doc, person: PersonId): Peer {
  const peer: Peer = { person, doc: clientOf(server), outbox: [] };
  peer.doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== server) peer.outbox.push(update);
  });
  return peer;
}

/** One honest step of a person on their own client: a dot placed or taken back, a note edited or added. */
function honestStep(peer: Peer, random: () => number): void {
  const notes = [...peer.doc.getMap('notes').keys()] as NoteId[];
  const note = notes[Math.floor(random() * notes.length)] as NoteId;
  const vote = currentVote(peer.doc)?.id;
  const roll = random();
  if (vote && roll < 0.45) placeDot(peer.doc, vote, peer.person, note);
  else if (vote && roll < 0.75) takeBackDot(peer.doc, vote, peer.person, note);
  else if (roll < 0.9) editNoteText(peer.doc, note, `Muokattu ${Math.floor(random() * 1000)}`);
  else addNote(peer.doc, 'followup:participation', 'Lisäys', Math.floor(random() * 2 ** 31));
}

describe('checkVoteWrites under seeded concurrent voting', () => {
  it.each(SEEDS)('lets every honest update through, late dots included (seed %i)', (seed) => {
    const random = seededRandom(seed);
    const { server } = table();
    const peers = PEOPLE.map((person) => peerOf(server, person));
    // The server relays what it applied to every other client at once.
    server.on('update', (update: Uint8Array, origin: unknown) => {
      for (const peer of peers) if (peer !== origin) Y.applyUpdate(peer.doc, update, server);
    });
    const deliver = (peer: Peer) => {
      const update = peer.outbox.shift();
      if (!update) return;
      expect(checkVoteWrites(server, update, peer.person)).toEqual(ALLOWED);
      Y.applyUpdate(server, update, peer);
    };
    for (let step = 0; step < 150; step += 1) {
      const peer = peers[Math.floor(random() * peers.length)] as Peer;
      const roll = random();
      if (roll < 0.5) honestStep(peer, random);
      else if (roll < 0.85) deliver(peer);
      else if (roll < 0.92) {
        // The facilitator closes the current vote and opens a new one while dots are in flight.
        const open = currentVote(server);
        if (open) closeVote(server, open.id);
        mustOpen(server, 1 + Math.floor(random() * 4), Math.floor(random() * 2 ** 31));
      } else {
        // A reconnect: what the client sent and was not read is replaced by its sync step 2.
        peer.outbox = [Y.encodeStateAsUpdate(peer.doc, Y.encodeStateVector(server))];
      }
    }
    for (const peer of peers) while (peer.outbox.length > 0) deliver(peer);
    for (const id of votesMap(server).keys()) {
      const entry = voteEntry(server, id);
      const limit = entry?.get('dotsPerPerson') as number;
      for (const person of PEOPLE) {
        const held = entry ? countedDots(entry).filter(([owner]) => owner === person).length : 0;
        expect(held).toBeLessThanOrEqual(limit);
      }
    }
  });
});
