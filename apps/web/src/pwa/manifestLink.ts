import type { Language } from '@avaa/board-model';
import { manifestPath } from './manifest.ts';

/** Points the page's install manifest at the UI language's, so the installed app is named in it. */
export function linkManifest(language: Language): void {
  document.querySelector('link[rel="manifest"]')?.setAttribute('href', manifestPath(language));
}
