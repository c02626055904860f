import { abessiveBase } from './stemmer.ts';

// Letters that Unicode does not decompose into a base letter and a mark.
const UNDECOMPOSED: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ð: 'd', þ: 'th', ł: 'l' };

/**
 * Lower case without diacritics, for comparison only: å, ä, ö, é, ü become a, a, o, e, u. Finnish
 * and Swedish writers drop the dots on phones and in hurried notes, so "tyo" must meet "työ".
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øæœßðþł]/g, (letter) => UNDECOMPOSED[letter] ?? letter);
}

/** Words that say nothing about the service (folded). Finnish, Swedish and a little English. */
const STOP_WORDS = new Set(
  [
    'ja tai seka on ovat ole olla se ne etta kun myos jo vain mm esim eli kuin jne yms tms jos kanssa mita joka',
    'jotka jossa joita mutta niin nyt voi sen sita han he me te',
    'och eller samt med av i pa for till som en ett att den det de ar om fran vid hos sa inom mot nar man kan ska',
    'far har vi du dem sin sitt sina var via',
    'the a an and or of for to with in on at by is are be as from',
  ].flatMap((line) => line.split(' ')),
);

/** "Without" and "not": they flip what a note says, so they are a flag rather than a word. */
const NEGATIONS = new Set(['ilman', 'ei', 'eika', 'eivat', 'utan', 'inte', 'ej', 'icke', 'without', 'not', 'no']);

export type NoteWords = {
  /** Folded words in text order, stop words and negations left out; null where a word was left out. */
  readonly words: readonly (string | null)[];
  readonly negated: boolean;
};

/** Splits a note into folded words at anything that is not a letter or digit (hyphens too). */
export function noteWords(text: string): NoteWords {
  let negated = false;
  const words = foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map((word) => {
      if (NEGATIONS.has(word)) negated = true;
      if (STOP_WORDS.has(word) || NEGATIONS.has(word)) return null;
      const base = abessiveBase(word);
      if (base === undefined) return word;
      negated = true;
      return base;
    });
  return { words, negated };
}
