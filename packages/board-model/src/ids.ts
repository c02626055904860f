import type { NoteId } from '@avaa/protocol';

// A note's id is defined in @avaa/protocol (the votes API carries it); re-exported for the domain.
export { isNoteId, type NoteId } from '@avaa/protocol';

/** Returns a number in [0, 1); seeded in tests, crypto-backed in production. */
export type RandomSource = () => number;

// The domain package has no DOM and no Node types; both runtimes provide Web Crypto.
declare const crypto: { getRandomValues(array: Uint32Array): Uint32Array };

export const cryptoRandom: RandomSource = () => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

export function newNoteId(random: RandomSource = cryptoRandom): NoteId {
  let id = '';
  for (let i = 0; i < 12; i++) id += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length)];
  return id as NoteId;
}
