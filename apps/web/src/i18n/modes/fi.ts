/** Board modes, co-facilitators and the second facilitator link (Finnish, the source). */
export const modesFi = {
  'modes.label': 'Taulun tila',
  'modes.option.open': 'Avoin',
  'modes.option.own-notes': 'Vain omat laput',
  'modes.option.locked': 'Lukittu',
  'modes.hint':
    'Avoin: kaikki muokkaavat. Vain omat laput: osallistujat lisäävät lappuja ja muokkaavat vain omiaan. Lukittu: vain fasilitaattori muokkaa.',
  'modes.tag.own-notes': 'Vain omat laput: muokkaat vain omia lappujasi',
  'modes.tag.locked': 'Lukittu: vain fasilitaattori muokkaa',
  'modes.projector.own-notes': 'Vain omat laput',
  'modes.projector.locked': 'Lukittu',
  'cofacilitator.badge': 'Kanssafasilitaattori',
  'cofacilitator.grant': 'Tee kanssafasilitaattoriksi',
  'cofacilitator.revoke': 'Poista fasilitaattorin oikeudet',
  'cofacilitator.grantHint': 'Kanssafasilitaattorilla on samat oikeudet kuin sinulla, kunnes poistat ne.',
  'cofacilitator.failed': 'Muutos ei tallentunut. Tarkista yhteys ja yritä uudelleen.',
  'cofacilitator.you': 'Olet kanssafasilitaattori: sinulla on fasilitaattorin oikeudet.',
  'secondLink.heading': 'Toinen fasilitaattorin linkki',
  'secondLink.explain':
    'Jos laitteesi sammuu, päivä jatkuu toisella laitteella. Kuka tahansa, jolla tämä linkki on, saa kaikki fasilitaattorin oikeudet 24 tunniksi, eikä linkkiä voi perua sitä ennen.',
  'secondLink.create': 'Luo toinen linkki',
  'secondLink.expires': 'Voimassa {time} asti.',
  'secondLink.failed': 'Linkkiä ei voitu luoda. Tarkista yhteys ja yritä uudelleen.',
} as const;

export type ModesMessages = Record<keyof typeof modesFi, string>;
