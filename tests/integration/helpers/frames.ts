import * as encoding from 'lib0/encoding';

/** Raw y-websocket frames for tests that speak the protocol by hand. */
export function syncStep1Frame(): Uint8Array {
  // sync, step 1, an empty state vector
  return Uint8Array.of(0x00, 0x00, 0x01, 0x00);
}

/** An awareness frame setting `state` under `clientId` (anyone's id: the test decides). */
export function awarenessFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, clientId);
  encoding.writeVarUint(update, clock);
  encoding.writeVarString(update, JSON.stringify(state));
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, 1);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}

/** One awareness frame setting several states at once (each `[clientId, clock, state]`). */
export function awarenessEntriesFrame(entries: readonly (readonly [number, number, unknown])[]): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const [clientId, clock, state] of entries) {
    encoding.writeVarUint(update, clientId);
    encoding.writeVarUint(update, clock);
    encoding.writeVarString(update, JSON.stringify(state));
  }
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, 1);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}

/** y-websocket's "query awareness": one byte, answered with every presence state of the room. */
export function queryAwarenessFrame(): Uint8Array {
  return Uint8Array.of(0x03);
}
