/** The installable app: its names in the install manifest and the notice of a new version (Finnish, the source). */
export const pwaFi = {
  'pwa.shortName': 'Avaa',
  'pwa.description':
    'Ohjaamon henkilöstön yhteinen asiakasprosessitaulukko: työpajan taulut toimivat myös silloin, kun verkko katkeaa.',
  'pwa.update.text': 'Uusi versio on saatavilla.',
  'pwa.update.reload': 'Lataa uudelleen',
  'pwa.update.later': 'Myöhemmin',
} as const;
