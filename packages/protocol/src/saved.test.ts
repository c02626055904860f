import { describe, expect, it } from 'vitest';
import { decodeSavedMessage, encodeSavedMessage } from './saved.ts';

describe('saved messages', () => {
  it.each([0, 1, 127, 128, 300, 2 ** 31, Number.MAX_SAFE_INTEGER])('round-trips %d', (seq) => {
    for (const type of ['saveRequest', 'saved'] as const) {
      expect(decodeSavedMessage(encodeSavedMessage({ type, seq }))).toEqual({ type, seq });
    }
  });

  it('writes the y-websocket layout: varUint type, varUint seq', () => {
    expect([...encodeSavedMessage({ type: 'saved', seq: 300 })]).toEqual([101, 0xac, 0x02]);
    expect([...encodeSavedMessage({ type: 'saveRequest', seq: 1 })]).toEqual([100, 1]);
  });

  it.each([
    ['empty', []],
    ['another message type', [0, 1]],
    ['a truncated seq', [101, 0x80]],
    ['no seq', [101]],
    ['trailing bytes', [101, 1, 0]],
    ['an overlong seq', [101, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]],
    ['a seq past the safe range', [101, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]],
  ])('refuses %s', (_name, bytes) => {
    expect(decodeSavedMessage(Uint8Array.from(bytes))).toBeUndefined();
  });

  it('refuses negative or fractional numbers', () => {
    expect(() => encodeSavedMessage({ type: 'saved', seq: -1 })).toThrow(RangeError);
    expect(() => encodeSavedMessage({ type: 'saved', seq: 1.5 })).toThrow(RangeError);
  });
});
