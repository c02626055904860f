/**
 * Counted words, a singular and a plural of each (i18n/plural.ts picks by Intl.PluralRules):
 * "1 lappu" / "3 lappua" (Finnish, the source).
 */
export const countsFi = {
  'count.notes.one': '{count} lappu',
  'count.notes.other': '{count} lappua',
  'count.agreements.one': '{count} sopimuskohta',
  'count.agreements.other': '{count} sopimuskohtaa',
  'groups.singleBoard.one':
    'Mukana on {count} henki. Menetelmä suosittelee, että alle 10 hengen joukko täyttää yhden yhteisen taulukon yhdessä keskustellen. Voit silti jakaa ryhmiin.',
  'groups.singleBoard.other':
    'Mukana on {count} henkeä. Menetelmä suosittelee, että alle 10 hengen joukko täyttää yhden yhteisen taulukon yhdessä keskustellen. Voit silti jakaa ryhmiin.',
  'groups.auto.previewHeading.one': 'Ehdotus: {count} ryhmä',
  'groups.auto.previewHeading.other': 'Ehdotus: {count} ryhmää',
  'merge.help.one':
    'Tuo {count} ryhmän laput yhteiseen taulukkoon. Jo tuodut laput päivittyvät ryhmien muutoksista; kerran tuotu lappu ei tule kahdesti.',
  'merge.help.other':
    'Tuo {count} ryhmän laput yhteiseen taulukkoon. Jo tuodut laput päivittyvät ryhmien muutoksista; kerran tuotu lappu ei tule kahdesti.',
  'merge.done.one': '{count} ryhmän laput yhdistetty',
  'merge.done.other': '{count} ryhmän laput yhdistetty',
  'merge.preview.added.one': '{count} uusi',
  'merge.preview.added.other': '{count} uutta',
  // {dots} is itself counted ('vote.dots'); the participle agrees with it.
  'vote.projectorOpen.one': 'Äänestys käynnissä · {dots} annettu',
  'vote.projectorOpen.other': 'Äänestys käynnissä · {dots} annettu',
  'projector.moreLabel.one': '{count} lappu ei mahdu näkyviin. Näytä solu kaikille, niin kaikki laput näkyvät.',
  'projector.moreLabel.other': '{count} lappua ei mahdu näkyviin. Näytä solu kaikille, niin kaikki laput näkyvät.',
};

export type CountMessages = Readonly<Record<keyof typeof countsFi, string>>;
