import type { pwaFi } from './fi.ts';

export const pwaEn: Record<keyof typeof pwaFi, string> = {
  'pwa.shortName': 'Avaa',
  'pwa.description':
    "The Ohjaamo staff's shared client-process table: the workshop's boards work even when the network drops.",
  'pwa.update.text': 'A new version is available.',
  'pwa.update.reload': 'Reload',
  'pwa.update.later': 'Later',
};
