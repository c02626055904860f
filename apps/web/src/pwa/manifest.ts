import type { Language } from '@avaa/board-model';
import { translate } from '../i18n/dictionaries.ts';

/** The app's accent (base.css `--accent`): the installed app's title bar. */
export const THEME_COLOUR = '#0b57d0';
/** The page's background (base.css `--page`): the installed app's splash screen. */
const BACKGROUND_COLOUR = '#f4f3ef';

/** Rendered from `icon.ts` at build time (`apps/web/vite/pwaAssets.ts`). */
export const ICONS = [
  { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
] as const;

/** One manifest per UI language; the page links the one of its language (`manifestLink.ts`). */
export function manifestPath(language: Language): string {
  return `/manifest.${language}.webmanifest`;
}

/**
 * The install manifest in one language. The same `id` in every language: switching the
 * language renames the installed app, it does not make another one. It starts at the start
 * page, whose list of this device's workshops opens each one again (with the device's copy
 * when offline).
 */
export function webManifest(language: Language) {
  return {
    id: '/',
    name: translate(language, 'app.name'),
    short_name: translate(language, 'pwa.shortName'),
    description: translate(language, 'pwa.description'),
    lang: language,
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: BACKGROUND_COLOUR,
    theme_color: THEME_COLOUR,
    icons: ICONS,
  } as const;
}
