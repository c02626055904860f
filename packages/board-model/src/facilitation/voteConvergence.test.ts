import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import type { NoteId, RandomSource } from '../ids.ts';
import { createNote } from '../operations/createNote.ts';
import { seedBoard } from '../seed.ts';
import { CELL_IDS } from '../template.ts';
import { isComplete } from '../testing/compare.ts';
import { TestNetwork } from '../testing/network.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { voteResults, votesMap } from './vote.ts';
import { closeVote, openVote, placeDot, takeBackDot } from './voteOperations.ts';

/**
 * Seeded concurrent voting: many people vote at random on random peers while messages arrive in
 * random order, sometimes twice, and peers drop off and come back; a facilitator may close the
 * vote meanwhile. Nobody may ever hold more than N dots on any peer, and after everything is
 * delivered every peer reads the same results. `CONVERGENCE_SEEDS=10000` runs the long mode.
 */
declare const process: { env: Record<string, string | undefined> };
const SEED_COUNT = Number(process.env.CONVERGENCE_SEEDS ?? 200);
const PEOPLE = Array.from({ length: 8 }, (_, i) => `person${String(i).padStart(6, '0')}` as PersonId);

type Setup = { state: Uint8Array; vote: string; notes: NoteId[]; dots: number };

function serverSetup(random: RandomSource): Setup {
  const doc = new Y.Doc();
  seedBoard(doc, { title: 'Kehittämispäivä', language: 'fi', createdAt: 0 });
  const notes = Array.from({ length: 6 }, (_, i) => {
    const cell = CELL_IDS[Math.floor(random() * CELL_IDS.length)]!;
    const result = createNote(doc, cell, { text: `Lappu ${i}` }, { random, now: () => i });
    if (!result.ok) throw new Error(result.error);
    return result.value;
  });
  const dots = 1 + Math.floor(random() * 4);
  const vote = openVote(doc, { dotsPerPerson: dots, anonymous: random() < 0.5 }, { random, now: () => 10 });
  if (!vote.ok) throw new Error(vote.error);
  return { state: Y.encodeStateAsUpdate(doc), vote: vote.value, notes, dots };
}

/** Dots per person as stored, every slot key counted, so a slot outside 0..N-1 would show. */
function storedDotsPerPerson(doc: Y.Doc, vote: string): Map<string, number> {
  const counts = new Map<string, number>();
  const dots = votesMap(doc).get(vote)?.get('dots');
  if (!(dots instanceof Y.Map)) return counts;
  dots.forEach((note, key) => {
    if (note === null) return;
    const person = key.split(':')[0]!;
    counts.set(person, (counts.get(person) ?? 0) + 1);
  });
  return counts;
}

function checkLimits(doc: Y.Doc, setup: Setup, context: string): void {
  for (const [person, count] of storedDotsPerPerson(doc, setup.vote)) {
    if (count > setup.dots) throw new Error(`${context}: ${person} holds ${count} > ${setup.dots} dots`);
  }
  const results = voteResults(doc, setup.vote);
  if (!results) throw new Error(`${context}: vote unreadable`);
  if (results.totalDots > setup.dots * PEOPLE.length) throw new Error(`${context}: too many dots in total`);
  for (const person of results.perPerson ?? []) {
    if (person.notes.length > setup.dots) throw new Error(`${context}: ${person.person} over the limit`);
  }
}

function vote(doc: Y.Doc, setup: Setup, random: RandomSource): void {
  const person = PEOPLE[Math.floor(random() * PEOPLE.length)]!;
  const note = setup.notes[Math.floor(random() * setup.notes.length)]!;
  const roll = random();
  if (roll < 0.7) placeDot(doc, setup.vote, person, note);
  else if (roll < 0.98) takeBackDot(doc, setup.vote, person, note);
  else closeVote(doc, setup.vote);
}

function runScenario(seed: number): void {
  const random = seededRandom(seed);
  const setup = serverSetup(random);
  const peerCount = 4 + Math.floor(random() * 4);
  const network = new TestNetwork(peerCount, random, setup.state);
  const steps = 80 + Math.floor(random() * 80);
  for (let step = 0; step < steps; step++) {
    const peer = network.peers[Math.floor(random() * peerCount)]!;
    const roll = random();
    if (roll < 0.55) vote(peer.doc, setup, random);
    else if (roll < 0.9) network.deliverOne(0.15);
    else if (roll < 0.96 && peer.online) network.disconnect(peer);
    else if (!peer.online) network.reconnect(peer);
    for (const each of network.peers.filter((other) => isComplete(other.doc))) {
      checkLimits(each.doc, setup, `seed ${seed}, step ${step}, peer ${each.id}`);
    }
  }
  network.settle();
  const [first, ...rest] = network.peers.map((peer) => peer.doc);
  const expected = voteResults(first!, setup.vote);
  const expectedState = Array.from(Y.encodeStateVector(first!));
  for (const doc of rest) {
    expect(Array.from(Y.encodeStateVector(doc)), `seed ${seed}`).toEqual(expectedState);
    expect(voteResults(doc, setup.vote), `seed ${seed}`).toEqual(expected);
  }
  for (const doc of network.peers.map((peer) => peer.doc)) checkLimits(doc, setup, `seed ${seed} settled`);
  checkConsistent(expected!, setup);
}

/** Results agree with themselves: per note sums to the total, per person (if shown) too. */
function checkConsistent(results: NonNullable<ReturnType<typeof voteResults>>, setup: Setup): void {
  expect(results.perNote.reduce((sum, entry) => sum + entry.dots, 0)).toBe(results.totalDots);
  expect(results.perNote.every((entry) => setup.notes.includes(entry.note) && entry.dots > 0)).toBe(true);
  if (results.perPerson === null) return;
  const byNote = new Map<string, number>();
  for (const person of results.perPerson)
    for (const note of person.notes) byNote.set(note, (byNote.get(note) ?? 0) + 1);
  expect(Object.fromEntries(byNote)).toEqual(Object.fromEntries(results.perNote.map((e) => [e.note, e.dots])));
}

describe('dot voting under concurrency', () => {
  const BATCH = 25;
  const batches = Array.from({ length: Math.ceil(SEED_COUNT / BATCH) }, (_, i) => i * BATCH + 1);
  it.each(batches)('keeps the limit and converges for seeds %i and the next 24', { timeout: 120_000 }, (first) => {
    for (let seed = first; seed < first + BATCH && seed <= SEED_COUNT; seed++) runScenario(seed);
  });
});
