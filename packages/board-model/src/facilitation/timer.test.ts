import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exchange } from '../testing/board.ts';
import { settingsMap } from '../workshop/schema.ts';
import { seedWorkshop } from '../workshop/seedWorkshop.ts';
import { MAX_TIMER_MS, readTimer, timerExpired, timerRemaining } from './timer.ts';
import { addTime, clearTimer, pauseTimer, resetTimer, resumeTimer, startTimer } from './timerOperations.ts';

const MIN = 60_000;

function workshop(): Y.Doc {
  const doc = new Y.Doc();
  seedWorkshop(doc, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
  return doc;
}

function remaining(doc: Y.Doc, now: number): number | undefined {
  const timer = readTimer(doc);
  return timer ? timerRemaining(timer, now) : undefined;
}

describe('timer arithmetic', () => {
  it('counts down from the start and stops at zero', () => {
    const doc = workshop();
    expect(startTimer(doc, 10 * MIN, 1_000).ok).toBe(true);
    expect(remaining(doc, 1_000)).toBe(10 * MIN);
    expect(remaining(doc, 1_000 + 4 * MIN)).toBe(6 * MIN);
    expect(remaining(doc, 1_000 + 11 * MIN)).toBe(0);
    expect(timerExpired(readTimer(doc)!, 1_000 + 10 * MIN)).toBe(true);
    // A screen whose clock is behind the writer's never shows more than the duration.
    expect(remaining(doc, 0)).toBe(10 * MIN);
  });

  it('pauses, holds still and resumes from what was left', () => {
    const doc = workshop();
    startTimer(doc, 10 * MIN, 0);
    expect(pauseTimer(doc, 3 * MIN).ok).toBe(true);
    expect(remaining(doc, 3 * MIN)).toBe(7 * MIN);
    expect(remaining(doc, 60 * MIN)).toBe(7 * MIN);
    expect(timerExpired(readTimer(doc)!, 60 * MIN)).toBe(false);
    expect(resumeTimer(doc, 20 * MIN).ok).toBe(true);
    expect(remaining(doc, 20 * MIN)).toBe(7 * MIN);
    expect(remaining(doc, 25 * MIN)).toBe(2 * MIN);
    expect(readTimer(doc)?.durationMs).toBe(10 * MIN);
  });

  it('adds time while running, while paused and after the end', () => {
    const doc = workshop();
    startTimer(doc, 5 * MIN, 0);
    expect(addTime(doc, 2 * MIN, 1 * MIN).ok).toBe(true);
    expect(remaining(doc, 1 * MIN)).toBe(6 * MIN);
    expect(readTimer(doc)?.durationMs).toBe(7 * MIN);
    pauseTimer(doc, 2 * MIN);
    expect(addTime(doc, MIN, 3 * MIN).ok).toBe(true);
    expect(remaining(doc, 9 * MIN)).toBe(6 * MIN);
    resumeTimer(doc, 10 * MIN);
    expect(remaining(doc, 16 * MIN)).toBe(0);
    // Expired 4 minutes ago: adding a minute gives a minute from now, not from the end.
    expect(addTime(doc, MIN, 20 * MIN).ok).toBe(true);
    expect(remaining(doc, 20 * MIN)).toBe(MIN);
    expect(remaining(doc, 20.5 * MIN)).toBe(0.5 * MIN);
  });

  it('resets to the full duration, paused, and clears', () => {
    const doc = workshop();
    startTimer(doc, 5 * MIN, 0);
    addTime(doc, MIN, MIN);
    expect(resetTimer(doc).ok).toBe(true);
    expect(readTimer(doc)).toEqual({ durationMs: 6 * MIN, startedAt: null, pausedRemainingMs: 6 * MIN });
    expect(resumeTimer(doc, 100).ok).toBe(true);
    expect(remaining(doc, 100 + MIN)).toBe(5 * MIN);
    expect(clearTimer(doc).ok).toBe(true);
    expect(readTimer(doc)).toBeNull();
  });

  it('refuses what does not fit the state', () => {
    const doc = workshop();
    expect(pauseTimer(doc, 0)).toEqual({ ok: false, error: 'no-timer' });
    expect(resumeTimer(doc, 0)).toEqual({ ok: false, error: 'no-timer' });
    expect(addTime(doc, MIN, 0)).toEqual({ ok: false, error: 'no-timer' });
    expect(resetTimer(doc)).toEqual({ ok: false, error: 'no-timer' });
    expect(startTimer(doc, 0, 0)).toEqual({ ok: false, error: 'invalid-duration' });
    expect(startTimer(doc, 1.5, 0)).toEqual({ ok: false, error: 'invalid-duration' });
    expect(startTimer(doc, MAX_TIMER_MS + 1, 0)).toEqual({ ok: false, error: 'invalid-duration' });
    startTimer(doc, MIN, 0);
    expect(resumeTimer(doc, 0)).toEqual({ ok: false, error: 'timer-not-paused' });
    expect(addTime(doc, -MIN, 0)).toEqual({ ok: false, error: 'invalid-duration' });
    expect(addTime(doc, MAX_TIMER_MS, 0)).toEqual({ ok: false, error: 'invalid-duration' });
    pauseTimer(doc, 0);
    expect(pauseTimer(doc, 0)).toEqual({ ok: false, error: 'timer-not-running' });
  });

  it('reads a malformed stored timer as none', () => {
    const doc = workshop();
    settingsMap(doc).set('timer', { durationMs: -1, startedAt: 0, pausedRemainingMs: null });
    expect(readTimer(doc)).toBeNull();
    settingsMap(doc).set('timer', { durationMs: MIN, startedAt: null, pausedRemainingMs: null });
    expect(readTimer(doc)).toBeNull();
  });

  it('concurrent presses end on one whole timer on every peer', () => {
    const a = workshop();
    const b = new Y.Doc();
    exchange(a, b);
    startTimer(a, 10 * MIN, 0);
    exchange(a, b);
    pauseTimer(a, 2 * MIN);
    addTime(b, 5 * MIN, 3 * MIN);
    exchange(a, b);
    expect(readTimer(a)).toEqual(readTimer(b));
    const timer = readTimer(a)!;
    const paused = { durationMs: 10 * MIN, startedAt: 0, pausedRemainingMs: 8 * MIN };
    const added = { durationMs: 15 * MIN, startedAt: 0, pausedRemainingMs: null };
    expect([paused, added]).toContainEqual(timer);
  });
});
