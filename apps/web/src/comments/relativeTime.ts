import type { Language } from '@avaa/board-model';
import { LOCALES } from '../i18n/locales.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "5 minuuttia sitten", "för 2 timmar sedan", "yesterday": how long ago, in the language; null
 * under a minute (the caller says "just now"). Older than a week: the date itself.
 */
export function relativeTime(language: Language, time: number, now: number): string | null {
  const ago = Math.max(0, now - time);
  if (ago < MINUTE) return null;
  const format = new Intl.RelativeTimeFormat(LOCALES[language], { numeric: 'auto' });
  if (ago < HOUR) return format.format(-Math.floor(ago / MINUTE), 'minute');
  if (ago < DAY) return format.format(-Math.floor(ago / HOUR), 'hour');
  if (ago < 7 * DAY) return format.format(-Math.floor(ago / DAY), 'day');
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium' }).format(time);
}
