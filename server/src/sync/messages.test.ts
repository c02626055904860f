import { encodeSavedMessage, readVarUint } from '@avaa/protocol';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { decodeClientMessage, ProtocolError } from './messages.ts';

// The saved messages' hand-written varints must be lib0's (y-websocket's) format exactly.
const SAMPLES = [0, 1, 127, 128, 255, 16_383, 16_384, 2 ** 31 - 1, 2 ** 32, 2 ** 52 + 1, Number.MAX_SAFE_INTEGER];

describe('saved messages on the wire', () => {
  it.each(SAMPLES)('protocol and lib0 agree on %d', (value) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, value);
    const lib0Bytes = encoding.toUint8Array(encoder);
    expect(readVarUint(lib0Bytes, 0)).toEqual({ value, next: lib0Bytes.length });
    const ours = encodeSavedMessage({ type: 'saved', seq: value });
    const decoder = decoding.createDecoder(ours);
    expect(decoding.readVarUint(decoder)).toBe(101);
    expect(decoding.readVarUint(decoder)).toBe(value);
  });

  it('decodes a save request, and refuses a malformed one', () => {
    expect(decodeClientMessage(encodeSavedMessage({ type: 'saveRequest', seq: 42 }))).toEqual({
      type: 'saveRequest',
      seq: 42,
    });
    expect(() => decodeClientMessage(Uint8Array.of(100, 0x80))).toThrow(ProtocolError);
  });

  it('ignores the server-to-client type when a client sends it', () => {
    expect(decodeClientMessage(encodeSavedMessage({ type: 'saved', seq: 1 }))).toEqual({ type: 'ignored' });
  });
});
