/**
 * Getting back in and who may write where: this device's workshops, the facilitator's link,
 * the common table during group work (Finnish, the source).
 */
export const accessFi = {
  'access.list.heading': 'Tämän laitteen työpajat',
  'access.list.kept':
    'Tämä selain muistaa työpajat, joten pääset takaisin ilman linkkiä myös toisena päivänä. Yhteiskäyttöisellä tietokoneella unohda työpaja, kun lopetat.',
  'access.list.untitled': 'Nimetön työpaja',
  'access.list.opened': 'Avattu viimeksi {date}',
  'access.list.open': 'Avaa',
  'access.list.openNamed': 'Avaa työpaja {title}',
  'access.role.facilitator': 'Fasilitaattori',
  'access.role.participant': 'Osallistuja',
  'access.role.participantNamed': 'Osallistuja: {name}',
  'access.forget': 'Unohda tällä laitteella',
  'access.forgetNamed': 'Unohda tällä laitteella: {title}',
  'access.forget.facilitatorWarning':
    'Tallenna fasilitaattorin linkki ensin (esimerkiksi sähköpostiisi): ilman sitä et pääse työpajaan takaisin.',
  'access.forget.participantWarning': 'Tämä laite ei enää muista sinua: palatessasi liityt työpajaan uudelleen.',
  'access.forget.confirm': 'Unohda työpaja',
  'access.forget.cancel': 'Peruuta',
  'access.facilitatorLink.heading': 'Fasilitaattorin linkki',
  'access.facilitatorLink.secret':
    'Linkki on avain koko työpajaan: ihmisiin, ryhmiin ja poistamiseen. Pidä se omanasi: älä jaa sitä osallistujille äläkä näytä sitä videotykillä.',
  'access.facilitatorLink.show': 'Näytä fasilitaattorin linkki',
  'access.facilitatorLink.hide': 'Piilota linkki',
  'access.facilitatorLink.mail': 'Lähetä itselleni sähköpostilla',
  'access.facilitatorLink.mailSubject': 'Avaa: {title} – fasilitaattorin linkki',
  'access.facilitatorLink.mailBody':
    'Fasilitaattorin linkki työpajaan ”{title}”. Älä jaa tätä linkkiä: se avaa koko työpajan.',
  'access.facilitatorLink.device':
    'Tämä selain muistaa linkin, joten työpaja aukeaa tältä laitteelta myös uudessa välilehdessä ja toisena päivänä. Yhteiskäyttöisellä tietokoneella unohda työpaja, kun lopetat.',
  'access.rotate.printed':
    'Myös tulostetut QR-koodit (esimerkiksi tyhjä pohja) lakkaavat toimimasta: tulosta ne uudelleen vaihdon jälkeen.',
  'access.commonTable.locked': 'Ryhmätyö on käynnissä: yhteinen taulu on nyt vain luku.',
  'access.commonTable.toGroup': 'Kirjoita lappusi oman ryhmäsi taululle, niin ne tulevat mukaan yhdistämiseen.',
  'access.commonTable.goToGroup': 'Ryhmän {number} taululle',
  'access.commonTable.noGroup': 'Et ole vielä missään ryhmässä. Pyydä fasilitaattoria lisäämään sinut ryhmään.',
  'access.commonTable.setting': 'Osallistujat voivat kirjoittaa yhteiselle taululle ryhmätyön aikana',
  'access.commonTable.settingHint':
    'Ryhmätyön aikana yhteinen taulu on osallistujille oletuksena vain luku, jotta lappuja ei kirjoiteta ohi ryhmien taulujen.',
} as const satisfies Record<string, string>;

export type AccessMessages = Readonly<Record<keyof typeof accessFi, string>>;
