/** Search across the workshop's boards and agreements (Finnish, the source). */
export const searchFi = {
  'search.open': 'Haku',
  'search.shortcut': 'Pikanäppäin / tai Ctrl+K',
  'search.title': 'Hae työpajasta',
  'search.label': 'Hakusanat',
  'search.hint':
    'Hakee kaikkien taulukoiden lapuista ja sopimuskohdista. Isot ja pienet kirjaimet sekä ä, ö ja å käyvät ilman pisteitäkin.',
  'search.close': 'Sulje haku',
  'search.results': 'Hakutulokset',
  'search.count.one': '{count} tulos',
  'search.count.other': '{count} tulosta',
  'search.none': 'Ei tuloksia.',
  'search.more': 'Näytetään vain osa tuloksista. Tarkenna hakua.',
  'search.agreements': 'Sopimukset',
  'search.loading': 'Ryhmien taulukoita haetaan vielä…',
  'search.stacked': 'pinossa',
};

export type SearchMessages = Readonly<Record<keyof typeof searchFi, string>>;
