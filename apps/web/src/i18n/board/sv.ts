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
};
