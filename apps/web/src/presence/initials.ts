// A bracketed part is a role or an organisation ("Tiina (fasilitaattori)"), not a name; an
// unclosed bracket runs to the end.
const BRACKETED = /[([{][^)\]}]*(?:[)\]}]|$)/gu;
const FIRST_LETTER = /\p{L}/u;

/** Up to two initials from the first and last word that hold a letter; "?" when none does. */
export function initials(name: string): string {
  const firstLetters = name
    .normalize('NFC')
    .replace(BRACKETED, ' ')
    .split(/\s+/u)
    .map((word) => FIRST_LETTER.exec(word)?.[0])
    .filter((letter): letter is string => letter !== undefined);
  const first = firstLetters[0];
  if (first === undefined) return '?';
  const picked = firstLetters.length > 1 ? [first, firstLetters[firstLetters.length - 1] ?? ''] : [first];
  // One character per initial even where upper case grows ("ß" -> "SS").
  return picked.map((letter) => Array.from(letter.toUpperCase())[0] ?? letter).join('');
}
