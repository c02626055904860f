import type * as Y from 'yjs';
import { fail, ok, type Result } from '../result.ts';
import { settingsMap } from '../workshop/schema.ts';
import { isDuration, isRunning, MAX_TIMER_MS, readTimer, type Timer, timerRemaining } from './timer.ts';

/**
 * The timer's verbs. Each writes the whole timer as one value, so concurrent presses by two
 * facilitators end on one of the written timers (last writer wins), never on a mix of fields.
 */
function write(doc: Y.Doc, timer: Timer | null): Result {
  settingsMap(doc).set('timer', timer);
  return ok();
}

/** Starts a countdown of `durationMs` from `nowMs`, replacing any timer. */
export function startTimer(doc: Y.Doc, durationMs: number, nowMs: number): Result {
  if (!isDuration(durationMs)) return fail('invalid-duration');
  return write(doc, { durationMs, startedAt: nowMs, pausedRemainingMs: null });
}

export function pauseTimer(doc: Y.Doc, nowMs: number): Result {
  const timer = readTimer(doc);
  if (timer === null) return fail('no-timer');
  if (!isRunning(timer)) return fail('timer-not-running');
  return write(doc, { ...timer, pausedRemainingMs: timerRemaining(timer, nowMs) });
}

/** Continues from what was left: startedAt is moved so that the running formula gives it. */
export function resumeTimer(doc: Y.Doc, nowMs: number): Result {
  const timer = readTimer(doc);
  if (timer === null) return fail('no-timer');
  if (timer.pausedRemainingMs === null) return fail('timer-not-paused');
  return write(doc, running(timer.durationMs, timer.pausedRemainingMs, nowMs));
}

/**
 * Adds `ms` to what is left, paused or running; an expired timer starts again with `ms`.
 * The duration grows with it, so progress shown as remaining / duration stays right.
 */
export function addTime(doc: Y.Doc, ms: number, nowMs: number): Result {
  const timer = readTimer(doc);
  if (timer === null) return fail('no-timer');
  const remaining = timerRemaining(timer, nowMs) + ms;
  if (!isDuration(ms) || remaining > MAX_TIMER_MS) return fail('invalid-duration');
  const durationMs = Math.min(MAX_TIMER_MS, Math.max(timer.durationMs + ms, remaining));
  if (isRunning(timer)) return write(doc, running(durationMs, remaining, nowMs));
  return write(doc, { durationMs, startedAt: timer.startedAt, pausedRemainingMs: remaining });
}

/** Back to the full duration, paused: the facilitator starts it again when the group is ready. */
export function resetTimer(doc: Y.Doc): Result {
  const timer = readTimer(doc);
  if (timer === null) return fail('no-timer');
  return write(doc, { durationMs: timer.durationMs, startedAt: null, pausedRemainingMs: timer.durationMs });
}

/** Removes the timer from every screen. */
export function clearTimer(doc: Y.Doc): Result {
  return readTimer(doc) === null ? ok() : write(doc, null);
}

function running(durationMs: number, remainingMs: number, nowMs: number): Timer {
  return { durationMs, startedAt: nowMs - (durationMs - remainingMs), pausedRemainingMs: null };
}
