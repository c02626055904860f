import { formatDate as sharedFormatDate } from '@avaa/board-model';

/**
 * A calendar date `YYYY-MM-DD` as the workshop's language writes it (fi 24.11.2026, sv and en
 * 2026-11-24): the same words as its PDFs and exports, from board-model.
 */
export const formatDate = sharedFormatDate;

/** Today's date on this device's calendar, as `YYYY-MM-DD` (what a date field holds). */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The example a date field shows, in the workshop's way of writing: a day past the 12th, so the
 * order of day and month is plain (24.11.2026, 2026-11-24).
 */
export const DATE_EXAMPLE = '2026-11-24';

/** A `YYYY-MM-DD` date `days` days later (earlier when negative), across months and years. */
export function stepDate(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
