declare const noteIdBrand: unique symbol;
/** A note's id: 12 characters from `[0-9a-z]`, random, unique per board. */
export type NoteId = string & { readonly [noteIdBrand]: true };

/** Returns a number in [0, 1); seeded in tests, crypto-backed in production. */
export type RandomSource = () => number;

// The domain package has no DOM and no Node types; both runtimes provide Web Crypto.
declare const crypto: { getRandomValues(array: Uint32Array): Uint32Array };

export const cryptoRandom: RandomSource = () => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const NOTE_ID_PATTERN = /^[0-9a-z]{12}$/;

export function newNoteId(random: RandomSource = cryptoRandom): NoteId {
  let id = '';
  for (let i = 0; i < 12; i++) id += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length)];
  return id as NoteId;
}

export function isNoteId(value: unknown): value is NoteId {
  return typeof value === 'string' && NOTE_ID_PATTERN.test(value);
}
