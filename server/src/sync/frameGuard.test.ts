import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { decodeAwareness, jsonDepth, MAX_PRESENCE_DEPTH } from './frameGuard.ts';

describe('jsonDepth', () => {
  it.each([
    ['1', 0],
    ['{"user":{"name":"Aino","colour":"#123456"},"editing":null}', 2],
    ['[[[]]]', 3],
    ['{"name":"[[[[{{{{"}', 1],
    ['{"name":"a \\" [[[["}', 1],
    ['{"a":[{"b":[]}]}', 4],
  ])('%s is %d deep', (text, depth) => {
    expect(jsonDepth(text)).toBe(depth);
  });

  it('sees a deep state in linear time', () => {
    const text = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(jsonDepth(text)).toBeGreaterThan(MAX_PRESENCE_DEPTH);
  });
});

describe('decodeAwareness', () => {
  it('reads every entry', () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 2);
    for (const [id, clock, state] of [
      [7, 1, '{"a":1}'],
      [8, 3, 'null'],
    ] as const) {
      encoding.writeVarUint(encoder, id);
      encoding.writeVarUint(encoder, clock);
      encoding.writeVarString(encoder, state);
    }
    expect(decodeAwareness(encoding.toUint8Array(encoder))).toEqual([
      { id: 7, clock: 1, state: '{"a":1}' },
      { id: 8, clock: 3, state: 'null' },
    ]);
  });

  it('throws when a declared count runs past the end', () => {
    expect(() => decodeAwareness(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x0f))).toThrow();
  });
});
