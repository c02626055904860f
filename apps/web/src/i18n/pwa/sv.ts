import type { pwaFi } from './fi.ts';

export const pwaSv: Record<keyof typeof pwaFi, string> = {
  'pwa.shortName': 'Avaa',
  'pwa.description':
    'Navigatorns gemensamma kundprocesstabell för personalen: workshopens tabeller fungerar också när nätet bryts.',
  'pwa.update.text': 'En ny version finns.',
  'pwa.update.reload': 'Ladda om',
  'pwa.update.later': 'Senare',
};
