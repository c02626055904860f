import type { SearchMessages } from './fi.ts';

export const searchSv: SearchMessages = {
  'search.open': 'Sök',
  'search.shortcut': 'Kortkommando / eller Ctrl+K',
  'search.title': 'Sök i workshopen',
  'search.label': 'Sökord',
  'search.hint':
    'Söker i lapparna på alla tabeller och i överenskommelserna. Stora och små bokstäver och å, ä och ö går bra även utan prickar.',
  'search.close': 'Stäng sökningen',
  'search.results': 'Sökresultat',
  'search.count.one': '{count} träff',
  'search.count.other': '{count} träffar',
  'search.none': 'Inga träffar.',
  'search.more': 'Bara en del av träffarna visas. Precisera sökningen.',
  'search.agreements': 'Överenskommelser',
  'search.loading': 'Gruppernas tabeller hämtas ännu…',
  'search.stacked': 'i en hög',
};
