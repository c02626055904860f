import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { applyRandomOperation } from '../../../packages/board-model/src/testing/randomOperations.ts';
import { seededRandom } from '../../../packages/board-model/src/testing/seededRandom.ts';
import { awarenessFrame, syncStep1Frame } from './frames.ts';

type Random = () => number;

function syncFrame(step: 0 | 1 | 2, payload: Uint8Array): Uint8Array {
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, 0);
  encoding.writeVarUint(frame, step);
  encoding.writeVarUint8Array(frame, payload);
  return encoding.toUint8Array(frame);
}

/**
 * Well-formed frames a real client sends, as seeds for mutation: updates from random board
 * edits (v1), a sync step 2, state vectors, awareness, and our save request.
 */
export function seedFrames(seed: number): Uint8Array[] {
  const random = seededRandom(seed);
  const doc = new Y.Doc();
  const frames: Uint8Array[] = [syncStep1Frame(), Uint8Array.of(100, 1)];
  doc.on('update', (update: Uint8Array) => frames.push(syncFrame(2, update)));
  for (let i = 0; i < 40; i++) applyRandomOperation(doc, random);
  frames.push(syncFrame(1, Y.encodeStateAsUpdate(doc)), syncFrame(0, Y.encodeStateVector(doc)));
  frames.push(awarenessFrame(doc.clientID, 1, { user: { name: 'Fuzz', colour: '#336699' } }));
  return frames;
}

const MUTATORS: ReadonlyArray<(frame: Uint8Array, random: Random) => Uint8Array> = [
  // flip one bit
  (frame, random) => {
    const copy = frame.slice();
    const at = Math.floor(random() * copy.length);
    copy[at] = (copy[at] ?? 0) ^ (1 << Math.floor(random() * 8));
    return copy;
  },
  // overwrite a byte with an extreme value (varint continuation bits, zero, max)
  (frame, random) => {
    const copy = frame.slice();
    copy[Math.floor(random() * copy.length)] = [0x00, 0x7f, 0x80, 0xff][Math.floor(random() * 4)] ?? 0xff;
    return copy;
  },
  // truncate
  (frame, random) => frame.slice(0, Math.floor(random() * frame.length)),
  // insert random bytes
  (frame, random) => {
    const at = Math.floor(random() * (frame.length + 1));
    const extra = Uint8Array.from({ length: 1 + Math.floor(random() * 8) }, () => Math.floor(random() * 256));
    return Uint8Array.from([...frame.slice(0, at), ...extra, ...frame.slice(at)]);
  },
  // delete a run of bytes
  (frame, random) => {
    const at = Math.floor(random() * frame.length);
    return Uint8Array.from([...frame.slice(0, at), ...frame.slice(at + 1 + Math.floor(random() * 6))]);
  },
  // repeat a chunk (duplicated structs, doubled lengths)
  (frame, random) => {
    const at = Math.floor(random() * frame.length);
    const chunk = frame.slice(at, at + 1 + Math.floor(random() * 16));
    return Uint8Array.from([...frame.slice(0, at), ...chunk, ...chunk, ...frame.slice(at + chunk.length)]);
  },
];

/** `count` mutated frames, each one to three mutations of a seed frame. */
export function mutatedFrames(seed: number, count: number): Uint8Array[] {
  const random = seededRandom(seed * 7919 + 1);
  const seeds = seedFrames(seed);
  return Array.from({ length: count }, () => {
    let frame = seeds[Math.floor(random() * seeds.length)] as Uint8Array;
    const times = 1 + Math.floor(random() * 3);
    for (let i = 0; i < times; i++) {
      const mutate = MUTATORS[Math.floor(random() * MUTATORS.length)];
      if (mutate && frame.length > 0) frame = mutate(frame, random);
    }
    return frame;
  });
}
