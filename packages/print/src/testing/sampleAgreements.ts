import { AGREEMENT_SECTION_IDS, AGREEMENT_STATUSES, type AgreementSectionId, type Language } from '@avaa/board-model';
import type { PrintableAgreement, PrintableAgreements } from '../printable.ts';

/** Register-like items with the characters the memo must keep: ä ö å š ž č đ ŋ, dashes, quotes. */
const ITEMS = [
  'Perehdytyskansio päivitetään – ”uusi työntekijä” -osio mukaan',
  'Åtgärd: gemensam blankett för övergången till andra stadiet',
  'Sámi: giellaguovddáš mielde čoahkkimii, đ ŋ ŧ š ž',
  'Nuorten raati arvioi palvelupolun keväällä',
  'Johtoryhmä päättää yhteisestä asiakastietojärjestelmästä',
  'Kerrotaan poissaolleille seuraavassa tiimipalaverissa',
];
const OWNERS = ['Aino Ääpälä', 'Åsa Öberg', 'johtoryhmä', 'Máret Sárá', ''];

/** `count` items spread over the sections (the third left empty), every field and status used. */
export function sampleAgreements(count = 8, language: Language = 'fi'): PrintableAgreements {
  const sections = AGREEMENT_SECTION_IDS.filter((id) => id !== 'needs-management');
  const items: PrintableAgreement[] = Array.from({ length: count }, (_, i) => ({
    id: `item${String(i).padStart(8, '0')}`,
    section: sections[i % sections.length] as AgreementSectionId,
    text: `${ITEMS[i % ITEMS.length]} (${i + 1})`,
    owner: OWNERS[i % OWNERS.length] as string,
    due: i % 3 === 0 ? null : `2027-0${1 + (i % 9)}-1${i % 10}`,
    status: AGREEMENT_STATUSES[i % AGREEMENT_STATUSES.length] as PrintableAgreement['status'],
  }));
  const order = (item: PrintableAgreement) => AGREEMENT_SECTION_IDS.indexOf(item.section);
  return {
    title: 'Ohjaamon kehittämispäivä – Åbo',
    language,
    date: '2026-11-24',
    round: { name: 'Kierros 1', date: '2026-11-20' },
    items: items.sort((a, b) => order(a) - order(b)),
  };
}
