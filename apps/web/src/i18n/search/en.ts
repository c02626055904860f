import type { SearchMessages } from './fi.ts';

export const searchEn: SearchMessages = {
  'search.open': 'Search',
  'search.shortcut': 'Shortcut / or Ctrl+K',
  'search.title': 'Search the workshop',
  'search.label': 'Search words',
  'search.hint':
    'Searches the notes on every table and the agreement items. Case does not matter, and ä, ö and å match without their dots.',
  'search.close': 'Close search',
  'search.results': 'Search results',
  'search.count.one': '{count} result',
  'search.count.other': '{count} results',
  'search.none': 'No results.',
  'search.more': 'Showing only some of the results. Narrow the search.',
  'search.agreements': 'Agreements',
  'search.loading': 'The groups’ tables are still loading…',
  'search.stacked': 'in a stack',
};
