import type { Timer } from '@avaa/board-model';

/**
 * "04:32" (or "1:05:00" past an hour). Seconds round up, so a fresh five-minute timer reads
 * 05:00 and 00:00 means the time is really up.
 */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

/** The share of the time left, 0-1, for the progress bar. */
export function shareLeft(timer: Timer, remainingMs: number): number {
  return Math.min(1, Math.max(0, remainingMs / timer.durationMs));
}

/** Whole minutes typed by the facilitator, or null if it is no usable duration. */
export function parseMinutes(text: string): number | null {
  const minutes = Number(text.trim().replace(',', '.'));
  return Number.isFinite(minutes) && minutes > 0 && minutes <= 24 * 60 ? Math.round(minutes * 60) * 1000 : null;
}

export type TimerSignal = 'one-minute' | 'ended';

const ONE_MINUTE = 60_000;

/**
 * What to tell people as a running timer counts down from `previous` ms to `current` ms: one
 * minute left, or time up. Only a crossing signals, so opening a page on an expired timer, a
 * pause or a timer set at under a minute says nothing.
 */
export function timerSignal(previous: number | null, current: number | null, running: boolean): TimerSignal | null {
  if (!running || previous === null || current === null) return null;
  if (previous > 0 && current === 0) return 'ended';
  if (previous > ONE_MINUTE && current <= ONE_MINUTE) return 'one-minute';
  return null;
}
