import { averageLinkClusters } from './averageLink.ts';
import { noteWords } from './textFolding.ts';
import { lookalikes, newVocabulary, stemId, stemLength, type Vocabulary } from './vocabulary.ts';

/**
 * Notes whose similarity reaches this are proposed as one stack. Set on the sample notes in
 * `similarity.test.ts`: rewordings, inflections, typos and word-order changes of one service score
 * 0.8 and up; different services that share words (palautekysely asiakkaille / henkilöstölle,
 * Ohjaamon esittely oppilaitoksissa / työpaikoilla: two words of three) score 0.67 and below.
 * A wrong stack costs the facilitator more than a missed one, so it sits in the upper half of that gap.
 */
export const DEFAULT_STACK_THRESHOLD = 0.75;

/** A note that says "without" (or "not") and one that does not are at most half as similar. */
const NEGATION_FACTOR = 0.5;

/** Longer words say more about a service, but one long compound must not outweigh the rest. */
const MAX_TOKEN_WEIGHT = 6;

type NoteFeatures = {
  /** Stem ids, each once, in text order. */
  readonly tokens: readonly number[];
  /** Token -> its index in `tokens`. */
  readonly positions: ReadonlyMap<number, number>;
  /** Adjacent words that may be a compound written apart ("palvelu ohjaus"): its stem and parts. */
  readonly compounds: readonly { readonly token: number; readonly parts: readonly [number, number] }[];
  readonly negated: boolean;
};

function noteFeatures(text: string, vocabulary: Vocabulary): NoteFeatures {
  const { words, negated } = noteWords(text);
  const ids = words.map((word) => (word === null ? null : stemId(vocabulary, word)));
  const tokens = [...new Set(ids.filter((id) => id !== null))];
  const compounds: { token: number; parts: readonly [number, number] }[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [first, second] = [ids[i], ids[i + 1]];
    if (first == null || second == null || first === second) continue;
    compounds.push({ token: stemId(vocabulary, `${words[i]}${words[i + 1]}`, true), parts: [first, second] });
  }
  return { tokens, positions: new Map(tokens.map((token, i) => [token, i])), compounds, negated };
}

/**
 * How alike two notes are (see `noteSimilarity`). Order-free: each note is a set of folded stems. The stems
 * are matched one to one, best pairs first (exact 1, lookalikes less, see `lookalikes`),
 * and the score is the matched share of both notes' word weight (a soft Dice coefficient, weight =
 * stem length up to 6). A compound in one note matches its two parts written apart in the other.
 * Cost: O(t k) for notes of t words with k lookalikes per stem, once the lookalikes are known.
 */
function featureSimilarity(a: NoteFeatures, b: NoteFeatures, vocabulary: Vocabulary): number {
  const left = joinCompounds(a, b);
  const right = joinCompounds(b, a);
  const pairs = candidatePairs(left, right === b.tokens ? b.positions : positionsOf(right), vocabulary);
  if (pairs.length === 0) return 0;
  const weight = (token: number) => Math.min(stemLength(vocabulary, token), MAX_TOKEN_WEIGHT);
  const total = [...left, ...right].reduce((sum, token) => sum + weight(token), 0);
  pairs.sort((p, q) => q.similarity - p.similarity || p.i - q.i || p.j - q.j);
  const [usedLeft, usedRight] = [new Set<number>(), new Set<number>()];
  let matched = 0;
  for (const { i, j, similarity } of pairs) {
    if (usedLeft.has(i) || usedRight.has(j)) continue;
    usedLeft.add(i);
    usedRight.add(j);
    matched += similarity * (weight(left[i]!) + weight(right[j]!));
  }
  const score = Math.min(1, matched / total);
  return a.negated === b.negated ? score : score * NEGATION_FACTOR;
}

/** Word pairs across the notes that count as the same word: equal stems and lookalikes. */
function candidatePairs(left: readonly number[], positions: ReadonlyMap<number, number>, vocabulary: Vocabulary) {
  const pairs: { i: number; j: number; similarity: number }[] = [];
  left.forEach((token, i) => {
    const same = positions.get(token);
    if (same !== undefined) pairs.push({ i, j: same, similarity: 1 });
    for (const [other, similarity] of lookalikes(vocabulary, token)) {
      const j = positions.get(other);
      if (j !== undefined) pairs.push({ i, j, similarity });
    }
  });
  return pairs;
}

function positionsOf(tokens: readonly number[]): Map<number, number> {
  return new Map(tokens.map((token, i) => [token, i]));
}

/**
 * `note`'s tokens, with two adjacent parts replaced by their compound where `other` has the
 * compound and neither part; `note.tokens` itself when nothing is joined.
 */
function joinCompounds(note: NoteFeatures, other: NoteFeatures): readonly number[] {
  let tokens: readonly number[] = note.tokens;
  for (const { token, parts } of note.compounds) {
    if (!other.positions.has(token) || note.positions.has(token)) continue;
    if (parts.some((part) => other.positions.has(part) || !tokens.includes(part))) continue;
    tokens = [...tokens.filter((t) => !parts.includes(t)), token];
  }
  return tokens;
}

/**
 * How alike two short note texts are, in [0, 1], for Finnish and Swedish (and plain English):
 * blind to case, diacritics, inflection and word order; tolerant of typos; aware of "without".
 */
export function noteSimilarity(a: string, b: string): number {
  const vocabulary = newVocabulary();
  return featureSimilarity(noteFeatures(a, vocabulary), noteFeatures(b, vocabulary), vocabulary);
}

export type ProposedStack<Id extends string = string> = {
  /** In the order the notes were given. */
  readonly noteIds: readonly Id[];
  /** The mean similarity over all pairs in the stack. */
  readonly score: number;
};

/**
 * Proposes stacks among the notes of one cell: groups of two or more notes that say the same
 * thing, found by average-link clustering (see `averageLinkClusters`) at `threshold`. Notes that
 * match nothing are in no stack. Deterministic: same notes in the same order, same stacks, in the
 * order of their first note.
 *
 * Cost for n notes of t words: features O(n t); lookalikes once per distinct stem, comparing only
 * stems that share a trigram; every pair of notes O(n^2 t k) for k lookalikes per stem (few);
 * then clustering, O(c^3) per connected group of c similar notes (small on real boards).
 */
export function proposeStacks<Id extends string>(
  notes: readonly { readonly id: Id; readonly text: string }[],
  threshold: number = DEFAULT_STACK_THRESHOLD,
): ProposedStack<Id>[] {
  const vocabulary = newVocabulary();
  const features = notes.map((note) => noteFeatures(note.text, vocabulary));
  const similarities = new Map<number, number>();
  const links: [number, number][] = [];
  for (let a = 0; a < notes.length; a++) {
    for (let b = a + 1; b < notes.length; b++) {
      const similarity = featureSimilarity(features[a]!, features[b]!, vocabulary);
      if (similarity === 0) continue;
      similarities.set(a * notes.length + b, similarity);
      if (similarity >= threshold) links.push([a, b]);
    }
  }
  const similarity = (a: number, b: number) => similarities.get(Math.min(a, b) * notes.length + Math.max(a, b)) ?? 0;
  return averageLinkClusters(notes.length, links, similarity, threshold).map((cluster) => ({
    noteIds: cluster.members.map((member) => notes[member]!.id),
    score: cluster.score,
  }));
}
