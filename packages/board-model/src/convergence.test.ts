import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardViolations } from './invariants.ts';
import { readMeta } from './schema.ts';
import { seedBoard } from './seed.ts';
import { boardSnapshot, isComplete } from './testing/compare.ts';
import { TestNetwork } from './testing/network.ts';
import { applyRandomOperation } from './testing/randomOperations.ts';
import { seededRandom } from './testing/seededRandom.ts';

/**
 * Seeded convergence: peers apply random operations (concurrent moves and edits of the same
 * notes among them) while messages are delivered in random order, sometimes twice, and peers
 * drop off and come back. After everything is delivered all peers must be identical and every
 * invariant must hold. `CONVERGENCE_SEEDS=10000 npm run test:unit` runs the long mode.
 */
// The domain package compiles without Node's types; the test runner provides the environment.
declare const process: { env: Record<string, string | undefined> };
const SEED_COUNT = Number(process.env.CONVERGENCE_SEEDS ?? 200);

/**
 * Seeds that once failed; each stays a regression test.
 * 2: a peer with a pending update had already applied its delete of the old placement, so the
 *    invariant check must skip peers that are mid-delivery (see isComplete).
 */
const PINNED_SEEDS: readonly number[] = [2];

function serverSeed(): Uint8Array {
  const doc = new Y.Doc();
  seedBoard(doc, { title: 'Kehittämispäivä', language: 'fi', createdAt: 0 });
  return Y.encodeStateAsUpdate(doc);
}

function runScenario(seed: number): void {
  const random = seededRandom(seed);
  const peerCount = 5 + Math.floor(random() * 3);
  const network = new TestNetwork(peerCount, random, serverSeed());
  const steps = 60 + Math.floor(random() * 60);
  for (let step = 0; step < steps; step++) {
    const peer = network.peers[Math.floor(random() * peerCount)]!;
    const roll = random();
    if (roll < 0.55) applyRandomOperation(peer.doc, random);
    else if (roll < 0.9) network.deliverOne(0.15);
    else if (roll < 0.96 && peer.online) network.disconnect(peer);
    else if (!peer.online) network.reconnect(peer);
    // A peer holding updates it cannot integrate yet is mid-delivery: Yjs applies the deletes
    // of an update before its missing predecessors arrive, so a moved note can lack its
    // placement until then. Invariants are checked on every complete peer at every step.
    for (const each of network.peers.filter((peer) => isComplete(peer.doc))) {
      const problems = boardViolations(each.doc);
      if (problems.length > 0) throw new Error(`seed ${seed}, step ${step}, peer ${each.id}: ${problems.join('; ')}`);
    }
  }
  network.settle();
  const [first, ...rest] = network.peers.map((peer) => peer.doc);
  const expected = boardSnapshot(first!);
  for (const doc of rest) expect(boardSnapshot(doc), `seed ${seed}`).toEqual(expected);
  for (const doc of network.peers.map((peer) => peer.doc)) {
    expect(boardViolations(doc), `seed ${seed}`).toEqual([]);
    expect(readMeta(doc)?.title).toBe('Kehittämispäivä');
  }
}

describe('convergence of random operations among peers', () => {
  it.each(PINNED_SEEDS)('pinned seed %i', (seed) => runScenario(seed));

  const BATCH = 25;
  const batches = Array.from({ length: Math.ceil(SEED_COUNT / BATCH) }, (_, i) => i * BATCH + 1);
  it.each(batches)('converges for seeds %i and the next 24', { timeout: 120_000 }, (first) => {
    for (let seed = first; seed < first + BATCH && seed <= SEED_COUNT; seed++) runScenario(seed);
  });
});
