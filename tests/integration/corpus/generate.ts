/**
 * Writes generated.json: the corpus cases too long to write by hand (V2 updates, deep
 * structures, a long presence state). Deterministic (fixed client ids), so regenerating gives the
 * same bytes. Run from the repository root: `node tests/integration/corpus/generate.ts`.
 */
import { writeFileSync } from 'node:fs';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

function frame(type: number, write: (encoder: encoding.Encoder) => void): string {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return Buffer.from(encoding.toUint8Array(encoder)).toString('hex');
}

/** A sync update frame (message 0, step 2) carrying `update` as it is. */
const syncUpdate = (update: Uint8Array) =>
  frame(0, (encoder) => {
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, update);
  });

/** An awareness frame with one entry whose state is the raw JSON text `json`. */
const awareness = (clientId: number, json: string) =>
  frame(1, (encoder) => {
    const update = encoding.createEncoder();
    encoding.writeVarUint(update, 1);
    encoding.writeVarUint(update, clientId);
    encoding.writeVarUint(update, 1);
    encoding.writeVarString(update, json);
    encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update));
  });

function docOf(clientId: number, fill: (doc: Y.Doc) => void): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  doc.transact(() => fill(doc));
  return doc;
}

function nestedMaps(doc: Y.Doc, depth: number): void {
  let map = doc.getMap<unknown>('scratch');
  for (let level = 0; level < depth; level++) {
    const inner = new Y.Map<unknown>();
    map.set('k', inner);
    map = inner;
  }
}

const generated = {
  v2map: syncUpdate(Y.encodeStateAsUpdateV2(docOf(12345, (doc) => doc.getMap('scratch').set('a', 'hello')))),
  v2array: syncUpdate(
    Y.encodeStateAsUpdateV2(docOf(12346, (doc) => doc.getArray('scratch').insert(0, ['x', 'y', { z: 1 }]))),
  ),
  deepMaps: syncUpdate(Y.encodeStateAsUpdate(docOf(4242, (doc) => nestedMaps(doc, 5000)))),
  deepArrays: awareness(31337, `${'['.repeat(5000)}${']'.repeat(5000)}`),
  deepObjects: awareness(31338, `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`),
  shallowButLong: awareness(31339, JSON.stringify({ user: { name: 'x'.repeat(20_000), colour: '#123456' } })),
};

writeFileSync(new URL('./generated.json', import.meta.url), `${JSON.stringify(generated, null, 2)}\n`);
