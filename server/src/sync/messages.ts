import { decodeSavedMessage, SavedMessageType } from '@avaa/protocol';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Awareness } from 'y-protocols/awareness';
import { encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/**
 * The y-websocket wire format: `varUint messageType` followed by the message. We speak it so
 * stock Yjs clients work, but read it ourselves: y-protocols' readSyncMessage logs and swallows
 * a failing Y.applyUpdate, and we want such a frame to close the socket instead.
 */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
export const SyncStep = {
  step1: syncProtocol.messageYjsSyncStep1,
  step2: syncProtocol.messageYjsSyncStep2,
  update: syncProtocol.messageYjsUpdate,
} as const;

export type ClientMessage =
  | { readonly type: 'sync-step1'; readonly stateVector: Uint8Array }
  /** `step2` answers our sync step 1 (everything we lack); `update` is a change as it happens. */
  | { readonly type: 'sync-update'; readonly step: 'step2' | 'update'; readonly update: Uint8Array }
  | { readonly type: 'awareness'; readonly update: Uint8Array }
  | { readonly type: 'query-awareness' }
  | { readonly type: 'saveRequest'; readonly seq: number }
  | { readonly type: 'ignored' };

/** A frame that is not a y-websocket message; the socket is closed with 1002. */
export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
}

/** Decodes one frame. Throws on truncated varints and lengths that run past the frame. */
export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(frame);
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MessageType.sync:
      return decodeSync(decoder);
    case MessageType.awareness:
      return { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
    case MessageType.queryAwareness:
      return { type: 'query-awareness' };
    case SavedMessageType.saveRequest:
      return decodeSaveRequest(frame);
    default:
      // Like the stock server: unknown types (auth, future extensions) are not errors.
      return { type: 'ignored' };
  }
}

/** Our own message (see @avaa/protocol saved.ts): one codec for client and server. */
function decodeSaveRequest(frame: Uint8Array): ClientMessage {
  const message = decodeSavedMessage(frame);
  if (message?.type !== 'saveRequest') throw new ProtocolError('malformed save request');
  return { type: 'saveRequest', seq: message.seq };
}

function decodeSync(decoder: decoding.Decoder): ClientMessage {
  const step = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (step === SyncStep.step1) return { type: 'sync-step1', stateVector: payload };
  // Step 2 and update carry the same thing: a Yjs update the sender has and we may lack.
  if (step === SyncStep.step2) return { type: 'sync-update', step: 'step2', update: payload };
  if (step === SyncStep.update) return { type: 'sync-update', step: 'update', update: payload };
  throw new ProtocolError(`unknown sync step ${step}`);
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/** Everything in `doc` the peer with `stateVector` lacks; throws on a malformed state vector. */
export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const update = Y.encodeStateAsUpdate(doc, stateVector);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, SyncStep.step2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeAwareness(awareness: Awareness, clients: readonly number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(awareness, [...clients]));
  return encoding.toUint8Array(encoder);
}
