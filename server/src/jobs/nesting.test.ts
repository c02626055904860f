import { expect, test } from 'vitest';
import { packBlobs, unpackBlobs } from './blobs.ts';
import { nestingExceeds } from './nesting.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

test('nesting is counted over arrays and objects, never inside strings', () => {
  expect(nestingExceeds(bytes('{"a":[[1,{"b":[]}]]}'), 5)).toBe(false);
  expect(nestingExceeds(bytes('{"a":[[1,{"b":[]}]]}'), 4)).toBe(true);
  expect(nestingExceeds(bytes(`{"text":"${'['.repeat(100)}\\"["}`), 2)).toBe(false);
  expect(nestingExceeds(bytes('['.repeat(1_000_000)), 32)).toBe(true);
});

test('byte arrays travel beside a message and come back in place', () => {
  const input = { body: [bytes('ab'), bytes('c')], plenary: [[2, bytes('d')]], note: 'x' };
  const packed = packBlobs(input);
  expect(JSON.parse(JSON.stringify(packed.value))).toEqual(packed.value);
  expect(packed.blobs.map((blob) => blob.length)).toEqual([2, 1, 1]);
  expect(unpackBlobs(JSON.parse(JSON.stringify(packed.value)), packed.blobs)).toEqual(input);
});
