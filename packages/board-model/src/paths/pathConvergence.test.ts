import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { NoteId } from '../ids.ts';
import { seedBoard } from '../seed.ts';
import { addNote } from '../testing/board.ts';
import { isComplete } from '../testing/compare.ts';
import { TestNetwork } from '../testing/network.ts';
import { must, pathWith } from '../testing/paths.ts';
import { applyRandomPathOperation } from '../testing/randomPathOperations.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { addStep } from './addStep.ts';
import { moveStep } from './moveStep.ts';
import type { PathId, StepId } from './pathSchema.ts';
import { readPath, readPaths } from './readPaths.ts';
import { removeStep } from './removeStep.ts';
import { renamePath } from './renamePath.ts';
import { updateStep } from './updateStep.ts';

/** The server's board with three notes and one path through them, as every peer starts. */
function startingBoard(): { state: Uint8Array; notes: NoteId[]; path: PathId; steps: StepId[] } {
  const doc = new Y.Doc();
  doc.clientID = 1;
  seedBoard(doc, { title: 'Kehittämispäivä', language: 'fi', createdAt: 0 });
  const notes = [
    addNote(doc, 'start:services', 'Walk-in-ohjaus', 1),
    addNote(doc, 'during:collaboration', 'Työparityö', 2),
    addNote(doc, 'ending:services', 'Jatkopolut', 3),
  ];
  const { path, steps } = pathWith(doc, 'Kertakävijä', notes);
  return { state: Y.encodeStateAsUpdate(doc), notes, path, steps };
}

/** Two peers with seeded client ids, so the same seed settles on the same board. */
function twoPeers(seed: number) {
  const start = startingBoard();
  const network = new TestNetwork(2, seededRandom(seed), start.state, seededRandom(seed ^ 0x5eed));
  const [a, b] = network.peers.map((peer) => peer.doc) as [Y.Doc, Y.Doc];
  return { ...start, network, a, b };
}

/** Every peer reads the same paths, each path's steps strictly ordered and each step once. */
function expectConverged(docs: readonly Y.Doc[], label: string) {
  const [first, ...rest] = docs.map((doc) => readPaths(doc));
  for (const other of rest) expect(other, label).toEqual(first);
  for (const path of first ?? []) {
    const keys = path.steps.map((step) => `${step.key}/${step.id}`);
    expect(keys, label).toEqual([...keys].sort());
    expect(new Set(path.steps.map((step) => step.id)).size, label).toBe(path.steps.length);
  }
}

describe('two people editing one path at once', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('converge with every change kept (seed %i)', (seed) => {
    const { network, a, b, notes, path, steps } = twoPeers(seed);
    const [walkIn, pairWork] = notes as [NoteId, NoteId, NoteId];
    const [first, second, third] = steps as [StepId, StepId, StepId];
    network.disconnect(network.peers[1]!);
    must(renamePath(a, path, { name: 'Kertakävijä, joka palaa' }));
    must(moveStep(a, path, third, { position: 0 }, { random: seededRandom(seed) }));
    must(updateStep(a, path, first, { risk: { kind: 'waiting', reason: 'Jono' } }));
    const added = must(
      addStep(b, path, { phase: 'followup', text: 'Ei seurantaa', position: 1 }, { random: seededRandom(seed + 50) }),
    );
    must(renamePath(b, path, { description: 'Käy kerran', colour: 'red' }));
    must(moveStep(b, path, second, { position: 'end', phase: 'ending' }, { random: seededRandom(seed + 60) }));
    must(updateStep(b, path, third, { risk: { kind: 'counter-to-counter', reason: 'TE-toimistoon' } }));
    must(updateStep(b, path, first, { text: 'Ensikäynti' }));
    must(addStep(b, path, { noteId: pairWork, position: 'start' }, { random: seededRandom(seed + 70) }));
    network.settle();
    expectConverged([a, b], `seed ${seed}`);
    const read = readPath(a, path);
    expect(read).toMatchObject({ name: 'Kertakävijä, joka palaa', description: 'Käy kerran', colour: 'red' });
    const byId = new Map(read?.steps.map((step) => [step.id, step]));
    expect(read?.steps).toHaveLength(5);
    expect(byId.get(first)).toMatchObject({
      noteId: walkIn,
      text: 'Ensikäynti',
      risk: { kind: 'waiting', reason: 'Jono' },
    });
    expect(byId.get(third)?.risk).toEqual({ kind: 'counter-to-counter', reason: 'TE-toimistoon' });
    expect(byId.get(second)?.phase).toBe('ending');
    expect(byId.get(added)).toMatchObject({ phase: 'followup', text: 'Ei seurantaa', missingService: true });
    // B moved the second step last after A's move: it stays after the first and the third.
    const order = read?.steps.map((step) => step.id) ?? [];
    expect(order.indexOf(third)).toBeLessThan(order.indexOf(first));
    expect(order.indexOf(second)).toBe(4);
  });

  it('leave a step moved by both in exactly one place, and a removed step removed', () => {
    const { network, a, b, path, steps } = twoPeers(11);
    const [first, second] = steps as [StepId, StepId, StepId];
    network.disconnect(network.peers[1]!);
    must(moveStep(a, path, first, { position: 'end', phase: 'followup' }, { random: seededRandom(1) }));
    must(moveStep(b, path, first, { position: 1, phase: 'before' }, { random: seededRandom(2) }));
    must(removeStep(a, path, second));
    must(updateStep(b, path, second, { text: 'Muokattu samalla', risk: { kind: 'drop-out', reason: '' } }));
    network.settle();
    expectConverged([a, b], 'moved twice');
    const read = readPath(a, path)?.steps ?? [];
    expect(read.filter((step) => step.id === first)).toHaveLength(1);
    expect(read.map((step) => step.id)).not.toContain(second);
    expect(read).toHaveLength(2);
  });
});

describe('random path operations among peers', () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('converge for seed %i', (seed) => {
    const random = seededRandom(seed);
    const start = startingBoard();
    const count = 3 + Math.floor(random() * 3);
    const network = new TestNetwork(count, random, start.state, seededRandom(seed ^ 0x5eed));
    for (let step = 0; step < 80; step++) {
      const peer = network.peers[Math.floor(random() * count)]!;
      const roll = random();
      if (roll < 0.55) applyRandomPathOperation(peer.doc, random);
      else if (roll < 0.9) network.deliverOne(0.15);
      else if (roll < 0.96 && peer.online) network.disconnect(peer);
      else if (!peer.online) network.reconnect(peer);
      // A peer mid-delivery may read a step without its placement yet; readers skip it, never throw.
      for (const each of network.peers.filter((p) => isComplete(p.doc))) readPaths(each.doc);
    }
    network.settle();
    expectConverged(
      network.peers.map((peer) => peer.doc),
      `seed ${seed}`,
    );
  });
});
