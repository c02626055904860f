import type { BoardMessages } from './fi.ts';

export const boardSv: BoardMessages = {
  'stackBy.action': 'Lägg i hög med en annan lapp…',
  'stackBy.legend': 'Vilken lapp läggs den i hög med? Den valda lappen hamnar överst.',
  'stackBy.submit': 'Lägg i hög',
  'stackBy.cancel': 'Avbryt',
  'stackBy.none': 'Det finns inga andra lappar i cellen.',
  'stackBy.done': 'Lapparna lades i en hög: högen har {count} lappar.',
  'stackBy.here': 'Lägg i hög här',
  'dnd.overStack': 'Om du släpper nu läggs lappen ”{note}” i hög med lappen ”{target}”.',
  'dnd.stacked': 'Lappen ”{note}” lades i hög med lappen ”{target}”.',
  'gapsPanel.open': 'Brister och blinda fläckar ({count})',
  'gapsPanel.cells': 'Möjliga blinda fläckar',
  'gapsPanel.notYet':
    'Blinda fläckar visas när minst 10 celler har lappar eller när workshopen går över till den gemensamma tabellen.',
  'gapsPanel.empty': 'tom',
  'gapsPanel.thin': 'få lappar',
  'gapsPanel.noCells': 'Inga blinda fläckar.',
  'gapsPanel.notes': 'Lappar märkta som brister',
  'gapsPanel.noNotes': 'Ingen lapp har märkts som brist.',
  'gapsPanel.show': 'Visa cellen {cell}',
  'header.menu': 'Meny',
  'jump.label': 'Gå till cell',
  'jump.choose': 'Gå till cell…',
};
