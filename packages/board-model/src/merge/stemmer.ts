/**
 * A small suffix-stripping stemmer for folded Finnish and Swedish words (see `foldText`: å, ä and ö
 * are already a and o, so -ssä and -ssa are one ending). It is deliberately rough: it aims to bring
 * the inflected forms of a word to one stem, or close enough for the trigram comparison in
 * `similarity.ts` to catch the rest (consonant gradation such as asiakas/asiakkaan is left to it).
 * It stays conservative: no stem gets shorter than three letters.
 *
 * Steps, each at most once, in this order:
 * 1. a plural or third-person Finnish possessive (-mme, -nne, -nsa), keeping four letters; the
 *    singular -ni and -si are left alone: too many words simply end so (kurssi, uusi, kaksi);
 * 2. Finnish -nen words take their inflected -s- stem (tapaaminen -> tapaamis, like tapaamisen);
 * 3. the longest matching case, plural or Swedish ending (ENDINGS);
 * 4. up to two final vowels, then a final -s or -ks (ohjaus/ohjauksen/ohjausta) and its vowels.
 */
export const MIN_STEM_LENGTH = 3;
const MIN_POSSESSIVE_STEM_LENGTH = 4;

const POSSESSIVES = ['mme', 'nne', 'nsa'];

// Longest first. Finnish: locative cases (-ssa -sta -lla -lta -lle), translative -ksi, partitive
// -ta/-a, essive -na, genitive -n/-en/-ten/-in, illative -hVn/-iin/-ihin, plural -t and the plural
// forms with -i-. Swedish: definite -en/-et/-na, plurals -ar/-er/-or with -na, genitive -s.
const ENDINGS = [
  ...['itten', 'issa', 'ista', 'illa', 'ilta', 'ille', 'iksi', 'ihin', 'iden', 'erna', 'arna', 'orna'],
  ...['ssa', 'sta', 'lla', 'lta', 'lle', 'ksi', 'ten', 'ien', 'iin', 'ina', 'ens', 'ets', 'han', 'hen', 'hon', 'hun'],
  ...['na', 'en', 'in', 'ja', 'ia', 'ta', 'et', 'ar', 'er', 'or'],
  ...['n', 't', 'a', 's'],
].sort((a, b) => b.length - a.length);

/**
 * Endings that are often part of the word itself, stripped only where the inflection can be told
 * apart: -ja is a plural partitive after o, u, y or e (palveluja, kursseja) but part of agent
 * nouns after a or i (ohjaaja, työntekijä); -ta after n is usually a -nta noun (seuranta,
 * toiminta), not a partitive; -ten is a Finnish plural genitive after l or r (nuorten,
 * kielten) but a Swedish definite form after vowels, s and t (nätverksmöten, tjänsten, klienten);
 * the Finnish -n, -t and -hVn follow a vowel, and after a consonant belong to a Swedish word
 * (tjänst, barn) or a name (Johan).
 */
const ENDS_IN_VOWEL = /[aeiouy]$/;
const ONLY_AFTER: Readonly<Record<string, RegExp>> = {
  ja: /[eouy]$/,
  ta: /[^n]$/,
  ten: /[lr]$/,
  n: ENDS_IN_VOWEL,
  t: ENDS_IN_VOWEL,
  han: ENDS_IN_VOWEL,
  hen: ENDS_IN_VOWEL,
  hon: ENDS_IN_VOWEL,
  hun: ENDS_IN_VOWEL,
};

export function stemWord(word: string): string {
  if (/^\p{N}+$/u.test(word)) return word;
  let stem = stripOne(word, POSSESSIVES, MIN_POSSESSIVE_STEM_LENGTH);
  if (stem.endsWith('nen') && stem.length - 3 >= MIN_STEM_LENGTH) stem = `${stem.slice(0, -3)}s`;
  stem = stripOne(stem, ENDINGS, MIN_STEM_LENGTH);
  stem = stripVowels(stem);
  const sEnding = stem.endsWith('ks') ? 2 : stem.endsWith('s') ? 1 : 0;
  if (sEnding > 0 && stem.length - sEnding >= MIN_STEM_LENGTH) stem = stripVowels(stem.slice(0, -sEnding));
  return stem;
}

function stripOne(word: string, suffixes: readonly string[], minimum: number): string {
  for (const suffix of suffixes) {
    const stem = word.slice(0, -suffix.length);
    if (!word.endsWith(suffix) || stem.length < minimum) continue;
    const condition = ONLY_AFTER[suffix];
    if (condition && !condition.test(stem)) continue;
    return stem;
  }
  return word;
}

/** Up to two final vowels: the stem vowel changes with the ending (nuori/nuoret, koulu/kouluun). */
function stripVowels(stem: string): string {
  let result = stem;
  let stripped = 0;
  while (stripped < 2 && result.length > MIN_STEM_LENGTH && ENDS_IN_VOWEL.test(result)) {
    result = result.slice(0, -1);
    stripped++;
  }
  return result;
}

/**
 * The base of a Finnish "without" adjective (abessive -ton/-tön, inflected -ttom-): maksuton ->
 * maksu, ajanvaraukseton -> ajanvaraukse. Undefined for other words. The caller marks the note as
 * negated, so "ajanvaraukseton ohjaus" reads like "ohjaus ilman ajanvarausta".
 */
export function abessiveBase(word: string): string | undefined {
  return /^(.{4,}?)(?:ton|tonta|ttom[a-z]*)$/.exec(word)?.[1];
}
