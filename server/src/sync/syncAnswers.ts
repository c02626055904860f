import { hasPendingUpdates } from '@avaa/board-model/yjs-internals';
import * as Y from 'yjs';
import { encodeSyncStep2 } from './messages.ts';

/** The answer to "I have nothing" per document, until the document changes. */
const fullAnswers = new WeakMap<Y.Doc, Uint8Array>();
const watched = new WeakSet<Y.Doc>();

/**
 * The sync step 2 answering a client's sync step 1. Encoding a whole board is the costly part
 * (a 6 MB board takes 200-400 ms of the event loop), and every fresh client (a browser without
 * an offline copy, a projector, any script) asks for the whole board: that answer is encoded
 * once per version of the document and shared.
 */
export function syncStep2For(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  // Changes waiting for an earlier one are in the answer too, and come without an update event.
  if (hasPendingUpdates(doc) || Y.decodeStateVector(stateVector).size > 0) return encodeSyncStep2(doc, stateVector);
  const cached = fullAnswers.get(doc);
  if (cached) return cached;
  const answer = encodeSyncStep2(doc, stateVector);
  if (!watched.has(doc)) {
    watched.add(doc);
    doc.on('update', () => fullAnswers.delete(doc));
  }
  fullAnswers.set(doc, answer);
  return answer;
}
