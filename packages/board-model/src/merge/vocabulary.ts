import { stemWord } from './stemmer.ts';

/**
 * Two different stems count as the same word only when their character trigrams overlap this much
 * (Dice coefficient): what the stemmer leaves apart, such as nuoris/nuor (0.6) and seurant/seurann
 * (0.71). Related words pass too (palveluohj/palveluohjaaj 0.78, palvel/palveluohj 0.63), which is
 * why a lookalike counts only by the square of its overlap.
 */
export const FUZZY_TOKEN_MIN = 0.6;

/** Stems shorter than this only ever match exactly: three letters share too few trigrams to judge. */
const FUZZY_MIN_LENGTH = 4;

/**
 * A typo (one letter added, dropped, changed or two swapped) breaks up to three trigrams, which
 * in a ten-letter stem is as much as a real difference (palveluohj/palveluohjaaj). So stems of at
 * least this length that are one edit apart count as nearly the same word instead.
 */
const TYPO_MIN_LENGTH = 6;
const TYPO_SIMILARITY = 0.9;

/**
 * Stems the suffix rules cannot bring together: synonyms the board uses side by side, and the
 * consonant gradation of the domain's most frequent word (asiakas -> asiak, asiakkaan -> asiakk).
 */
const SYNONYMS: Readonly<Record<string, string>> = { klient: 'kund', drop: 'walk', asiak: 'asiakk' };

/**
 * The stems met while comparing a set of notes, each with an integer id and its trigrams, an index
 * from trigram to the stems of words (not of compounds guessed from adjacent words, which only
 * ever match exactly), and each stem's lookalikes once asked for. One vocabulary per call: no
 * module-level state.
 */
export type Vocabulary = {
  readonly ids: Map<string, number>;
  readonly stems: string[];
  readonly trigrams: Set<string>[];
  readonly byTrigram: Map<string, number[]>;
  readonly indexed: Set<number>;
  readonly lookalikes: Map<number, { readonly known: number; readonly similar: ReadonlyMap<number, number> }>;
};

export function newVocabulary(): Vocabulary {
  return { ids: new Map(), stems: [], trigrams: [], byTrigram: new Map(), indexed: new Set(), lookalikes: new Map() };
}

/**
 * The id of a folded word's stem, adding it to the vocabulary when new. `compound` marks a guess
 * made from two adjacent words: such stems are left out of the lookalike index.
 */
export function stemId(vocabulary: Vocabulary, word: string, compound = false): number {
  const stem = stemWord(word);
  const canonical = SYNONYMS[stem] ?? stem;
  let id = vocabulary.ids.get(canonical);
  if (id === undefined) {
    id = vocabulary.stems.length;
    vocabulary.ids.set(canonical, id);
    vocabulary.stems.push(canonical);
    vocabulary.trigrams.push(trigrams(canonical));
  }
  if (!compound && !vocabulary.indexed.has(id)) {
    vocabulary.indexed.add(id);
    for (const trigram of vocabulary.trigrams[id]!) {
      const ids = vocabulary.byTrigram.get(trigram);
      if (ids) ids.push(id);
      else vocabulary.byTrigram.set(trigram, [id]);
    }
  }
  return id;
}

export function stemLength(vocabulary: Vocabulary, id: number): number {
  return vocabulary.stems[id]!.length;
}

/**
 * The other stems that count as the same word as stem `id`, with their similarity: 0.9 for a typo
 * apart, else the square of their trigram Dice when it reaches FUZZY_TOKEN_MIN, so a near miss
 * counts for less than its raw overlap (0.8 -> 0.64) and stacks are made of exact words rather
 * than piles of lookalikes. Only stems sharing a trigram are compared, each stem once (again if
 * words were added since).
 */
export function lookalikes(vocabulary: Vocabulary, id: number): ReadonlyMap<number, number> {
  const cached = vocabulary.lookalikes.get(id);
  if (cached && cached.known === vocabulary.indexed.size) return cached.similar;
  const similar = new Map<number, number>();
  const candidates = new Set([...vocabulary.trigrams[id]!].flatMap((t) => vocabulary.byTrigram.get(t) ?? []));
  for (const other of candidates) {
    const similarity = other === id ? 0 : fuzzySimilarity(vocabulary, id, other);
    if (similarity > 0) similar.set(other, similarity);
  }
  vocabulary.lookalikes.set(id, { known: vocabulary.indexed.size, similar });
  return similar;
}

function fuzzySimilarity(vocabulary: Vocabulary, a: number, b: number): number {
  const [stemA, stemB] = [vocabulary.stems[a]!, vocabulary.stems[b]!];
  const shorter = Math.min(stemA.length, stemB.length);
  if (shorter < FUZZY_MIN_LENGTH) return 0;
  if (shorter >= TYPO_MIN_LENGTH && oneEditApart(stemA, stemB)) return TYPO_SIMILARITY;
  const dice = trigramDice(vocabulary.trigrams[a]!, vocabulary.trigrams[b]!);
  return dice >= FUZZY_TOKEN_MIN ? dice * dice : 0;
}

/** Trigrams of a stem padded with ^ and $, so starts and ends weigh like the middle. */
export function trigrams(stem: string): Set<string> {
  const padded = `^${stem}$`;
  const result = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) result.add(padded.slice(i, i + 3));
  return result;
}

export function trigramDice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const trigram of a) if (b.has(trigram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** True when one insertion, deletion, substitution or swap of neighbours turns `a` into `b`. O(length). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) [endA, endB] = [endA - 1, endB - 1];
  const [middleA, middleB] = [a.slice(start, endA), b.slice(start, endB)];
  if (middleA.length <= 1 && middleB.length <= 1) return true;
  return middleA.length === 2 && middleB.length === 2 && middleA[0] === middleB[1] && middleA[1] === middleB[0];
}
