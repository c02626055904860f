/**
 * Durable acknowledgement, our own y-websocket message types (stock clients never send them, so
 * the server never answers them with one; a stock client that got one would only log it).
 *
 *   client -> server  `varUint 100, varUint n`  "tell me when my edits up to local edit n are saved"
 *   server -> client  `varUint 101, varUint n`  "everything you sent before request n is committed"
 *
 * Why a request number and not the client's state-vector clock: deletions do not advance a Yjs
 * client's clock, so a clock cannot say whether a deleted note is stored. Frames of one socket
 * are handled in order, so the request covers every update the client sent before it (and its
 * sync step 2). The server answers only after the commit (SQLite with synchronous=FULL, or
 * PostgreSQL), and never when it dropped a write of that socket (no right to write) or refused
 * one (close code 4522 `changeRefused`).
 *
 * The codec is written by hand (lib0's varUint format) because this package has no dependencies.
 */
export const SavedMessageType = { saveRequest: 100, saved: 101 } as const;
export type SavedMessageTypeName = keyof typeof SavedMessageType;
export type SavedMessage = { readonly type: SavedMessageTypeName; readonly seq: number };

// 8 varint bytes carry 56 bits, enough for any safe integer; longer encodings are refused.
const MAX_VARINT_BYTES = 8;

export function encodeSavedMessage(message: SavedMessage): Uint8Array {
  if (!Number.isSafeInteger(message.seq) || message.seq < 0)
    throw new RangeError('seq must be a safe unsigned integer');
  return Uint8Array.from([...varUint(SavedMessageType[message.type]), ...varUint(message.seq)]);
}

/** The message in `frame`, or undefined if it is not exactly one well-formed saved message. */
export function decodeSavedMessage(frame: Uint8Array): SavedMessage | undefined {
  const type = readVarUint(frame, 0);
  if (!type) return undefined;
  const name = type.value === SavedMessageType.saveRequest ? 'saveRequest' : 'saved';
  if (type.value !== SavedMessageType[name]) return undefined;
  const seq = readVarUint(frame, type.next);
  if (!seq || seq.next !== frame.byteLength) return undefined;
  return { type: name, seq: seq.value };
}

function varUint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push(0x80 | (rest % 0x80));
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return bytes;
}

/** Reads one varUint at `offset`: undefined when truncated, overlong or past the safe range. */
export function readVarUint(bytes: Uint8Array, offset: number): { value: number; next: number } | undefined {
  let value = 0;
  let scale = 1;
  for (let index = offset; index < bytes.length && index - offset < MAX_VARINT_BYTES; index++) {
    const byte = bytes[index] ?? 0;
    value += (byte & 0x7f) * scale;
    if (!Number.isSafeInteger(value)) return undefined;
    if (byte < 0x80) return { value, next: index + 1 };
    scale *= 0x80;
  }
  return undefined;
}
