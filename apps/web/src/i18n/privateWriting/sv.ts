import type { PrivateWritingMessages } from './fi.ts';

export const privateWritingSv: PrivateWritingMessages = {
  'private.tools': 'Skriva ensam',
  'private.switchPlenary': 'Skriv först ensam',
  'private.switchGroups': 'I grupperna skrivs först ensam',
  'private.switchHint':
    'Nya lappar syns bara för den som skriver tills du visar dem. Andra och projektorn ser bara antalet.',
  'private.anonymous': 'Visa anonymt',
  'private.reveal': 'Visa alla',
  'private.revealing': 'Visar…',
  'private.revealed.one': 'Visade: {count} ny lapp i tabellen.',
  'private.revealed.other': 'Visade: {count} nya lappar i tabellen.',
  'private.revealFailed': 'Det gick inte att visa lapparna. Försök igen.',
  'private.onFor': 'Skriv ensam: dina nya lappar syns bara för dig tills facilitatorn visar dem.',
  'private.onForAnonymous': 'Skriv ensam: dina nya lappar syns bara för dig tills facilitatorn visar dem anonymt.',
  'private.onForViewer': 'Alla skriver ensam. Lapparna visas för alla samtidigt.',
  'private.counts': 'Skrivna',
  'private.count': '{name}: {count}',
  'private.noCounts': 'Ingen har skrivit ännu.',
  'private.mark': 'Bara du ser',
  'private.someone': 'Anonym',
};
