/** Agreements with people: owners from the workshop's people, proposals, the calendar file (Finnish, the source). */
export const agreementPeopleFi = {
  'owner.label': 'Kuka',
  'owner.none': 'Ei nimetty',
  'owner.people': 'Työpajan osallistujat',
  'owner.other': 'Joku muu (kirjoita nimi)',
  'owner.otherName': 'Nimi',
  'owner.removed': '{name} (poistunut)',

  'proposal.intro':
    'Voit myös ehdottaa kohtia kunkin kysymyksen alla. Fasilitaattori hyväksyy, muokkaa tai poistaa ehdotukset.',
  'proposal.badge': 'Ehdotus',
  'proposal.by': 'Ehdottaja: {name}',
  'proposal.byYou': 'Sinun ehdotuksesi. Fasilitaattori hyväksyy, muokkaa tai poistaa sen.',
  'proposal.unknownPerson': 'osallistuja',
  'proposal.heading': 'Ehdotukset ({count})',
  'proposal.accept': 'Hyväksy',
  'proposal.acceptNamed': 'Hyväksy ehdotus: {text}',
  'proposal.accepted': 'Ehdotus hyväksyttiin sopimuksiin: {section}',
  'proposal.label': 'Ehdota kohtaa',
  'proposal.submit': 'Ehdota',
  'proposal.sending': 'Lähetetään…',
  'proposal.sent': 'Ehdotus tallennettu: {section}. Fasilitaattori käsittelee sen.',
  'proposal.reminder': 'Älä kirjoita asiakkaiden nimiä tai muita henkilötietoja.',
  'proposal.error.network':
    'Ehdotusta ei saatu lähetettyä: ei yhteyttä palvelimeen. Teksti on tallessa, yritä uudelleen.',
  'proposal.error.forbidden': 'Vain työpajaan liittynyt osallistuja voi ehdottaa kohtia.',
  'proposal.error.other': 'Ehdotusta ei tallennettu. Yritä uudelleen.',

  'people.listed': 'Ei vielä liittynyt',

  'calendar.download': 'Lataa kalenteriin (.ics)',
  'calendar.hint': 'Seuraava tapaaminen ja avointen kohtien määräajat kalenteritiedostona.',
  'calendar.none': 'Kalenteriin ei ole vielä mitään: lisää kohdalle päivämäärä.',
  'calendar.fileName': 'sopimukset',
} as const;
