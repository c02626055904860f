import type * as Y from 'yjs';
import { settingsMap } from '../workshop/schema.ts';

/**
 * The shared timer: one plain value in the workshop's settings, so every screen and the
 * projector compute the same countdown and it survives reloads. Times are wall-clock ms of the
 * writer; callers pass `nowMs` already corrected by their offset to the server's clock.
 *
 * running: `pausedRemainingMs` null, remaining = durationMs - (now - startedAt)
 * paused:  `pausedRemainingMs` holds what is left; `startedAt` is kept only for display
 */
export type Timer = {
  readonly durationMs: number;
  readonly startedAt: number | null;
  readonly pausedRemainingMs: number | null;
};

/** A day is far more than any workshop step needs; the bound keeps arithmetic exact. */
export const MAX_TIMER_MS = 24 * 60 * 60 * 1000;

export function isDuration(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) > 0 && (value as number) <= MAX_TIMER_MS;
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isRemaining(value: unknown): value is number {
  return isTime(value) && value >= 0 && value <= MAX_TIMER_MS;
}

/** The timer, or null when none is set or the stored value does not fit the schema. */
export function readTimer(doc: Y.Doc): Timer | null {
  const value = settingsMap(doc).get('timer');
  if (typeof value !== 'object' || value === null) return null;
  const { durationMs, startedAt, pausedRemainingMs } = value as Record<string, unknown>;
  if (!isDuration(durationMs)) return null;
  if (pausedRemainingMs === null && isTime(startedAt)) return { durationMs, startedAt, pausedRemainingMs: null };
  if (isRemaining(pausedRemainingMs) && (startedAt === null || isTime(startedAt))) {
    return { durationMs, startedAt, pausedRemainingMs };
  }
  return null;
}

export function isRunning(timer: Timer): boolean {
  return timer.pausedRemainingMs === null;
}

/** Ms left at `nowMs`, never below zero nor above the duration (a clock behind the writer's). */
export function timerRemaining(timer: Timer, nowMs: number): number {
  if (timer.pausedRemainingMs !== null) return timer.pausedRemainingMs;
  const elapsed = nowMs - (timer.startedAt ?? nowMs);
  return Math.min(timer.durationMs, Math.max(0, timer.durationMs - elapsed));
}

/** True once a running timer has reached zero: the moment for the gentle signal. */
export function timerExpired(timer: Timer, nowMs: number): boolean {
  return isRunning(timer) && timerRemaining(timer, nowMs) === 0;
}
