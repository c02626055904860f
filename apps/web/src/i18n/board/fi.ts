/** The board's own words added for stacking by hand, blind spots, the jump list, the facilitator's toolbar and the list view. */
export const boardFi = {
  'stackBy.action': 'Pinoa toisen lapun kanssa…',
  'stackBy.legend': 'Minkä lapun kanssa pinotaan? Valittu lappu jää päällimmäiseksi.',
  'stackBy.submit': 'Pinoa',
  'stackBy.cancel': 'Peruuta',
  'stackBy.none': 'Solussa ei ole muita lappuja.',
  'stackBy.done': 'Laput pinottiin: pinossa on {count} lappua.',
  'stackBy.here': 'Pinoa tähän',
  'dnd.overStack': 'Jos pudotat nyt, lappu ”{note}” pinotaan lapun ”{target}” kanssa.',
  'dnd.stacked': 'Lappu ”{note}” pinottiin lapun ”{target}” kanssa.',
  'gapsPanel.open': 'Puutteet ja katvealueet ({count})',
  'gapsPanel.cells': 'Mahdolliset katvealueet',
  'gapsPanel.notYet':
    'Katvealueet näytetään, kun lappuja on vähintään 10 solussa tai kun työpaja siirtyy yhteisen taulukon vaiheeseen.',
  'gapsPanel.empty': 'tyhjä',
  'gapsPanel.thin': 'vähän lappuja',
  'gapsPanel.noCells': 'Ei katvealueita.',
  'gapsPanel.notes': 'Puutteiksi merkityt laput',
  'gapsPanel.noNotes': 'Yhtään lappua ei ole merkitty puutteeksi.',
  'gapsPanel.show': 'Näytä solu {cell}',
  'header.menu': 'Valikko',
  'jump.label': 'Siirry soluun',
  'jump.choose': 'Siirry soluun…',
  'view.outline': 'Näytä luettelona',
  'jump.keys': 'Ctrl + nuolinäppäimet: solusta toiseen',
  'outline.label': 'Asiakasprosessitaulukko luettelona',
  'outline.empty': 'Ei vielä lappuja.',
} as const;

export type BoardMessages = Record<keyof typeof boardFi, string>;
