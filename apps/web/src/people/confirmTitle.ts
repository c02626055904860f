// Every dash (hyphen, en and em dash, minus sign...) is typed as a hyphen; spaces around it vary.
const DASH = /\s*[\p{Pd}\u2212]\s*/gu;
const SINGLE_QUOTE = /[\u2018\u2019\u201a\u201b]/gu;
const DOUBLE_QUOTE = /[\u201c\u201d\u201e\u201f\u00ab\u00bb]/gu;

/** The text as typed on any keyboard: compatibility forms, dashes, quotes, spaces and case folded. */
function folded(text: string): string {
  return text
    .normalize('NFKC')
    .replace(DASH, '-')
    .replace(SINGLE_QUOTE, "'")
    .replace(DOUBLE_QUOTE, '"')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLocaleLowerCase();
}

/**
 * Whether the typed text confirms deleting the workshop with this title: the whole title, as
 * anyone can type it, so the confirmation stays deliberate without needing an en dash.
 */
export function confirmsTitle(typed: string, title: string): boolean {
  const wanted = folded(title);
  return wanted !== '' && folded(typed) === wanted;
}
