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
