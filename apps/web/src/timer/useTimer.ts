import { readTimer, type Timer, timerRemaining } from '@avaa/board-model';
import { useEffect, useReducer, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { playChime } from './chime.ts';
import { serverNow, useServerOffset } from './serverClock.ts';
import { type TimerSignal, timerSignal } from './timerText.ts';

export type TimerReading = {
  readonly timer: Timer;
  readonly remainingMs: number;
  readonly running: boolean;
  readonly ended: boolean;
};

const TICK_MS = 250;

/**
 * The shared timer as this screen sees it now, on the server's clock; ticks while it runs.
 * `offsetMs` is what writes must use too.
 */
export function useTimer(workshopDoc: Y.Doc): { reading: TimerReading | null; offsetMs: number } {
  const timer = useDocSnapshot(workshopDoc, readTimer);
  const offsetMs = useServerOffset();
  const [, tick] = useReducer((n: number) => n + 1, 0);
  const running = timer !== null && timer.pausedRemainingMs === null;
  const remainingMs = timer === null ? 0 : timerRemaining(timer, serverNow(offsetMs));
  const counting = running && remainingMs > 0;

  useEffect(() => {
    if (!counting) return;
    const interval = window.setInterval(tick, TICK_MS);
    return () => window.clearInterval(interval);
  }, [counting]);

  const reading = timer === null ? null : { timer, remainingMs, running, ended: running && remainingMs === 0 };
  return { reading, offsetMs };
}

/**
 * The gentle signals as the countdown crosses one minute left and the end: a message for a
 * polite live region, and at the end a soft chime. A new timer (or new time) starts afresh.
 */
export function useTimerSignal(reading: TimerReading | null): TimerSignal | null {
  const seen = useRef<{ timer: Timer; remainingMs: number } | null>(null);
  const [signal, setSignal] = useState<TimerSignal | null>(null);
  const timer = reading?.timer ?? null;
  const remainingMs = reading?.remainingMs ?? null;
  const running = reading?.running ?? false;

  useEffect(() => {
    const previous = seen.current !== null && seen.current.timer === timer ? seen.current.remainingMs : null;
    seen.current = timer === null || remainingMs === null ? null : { timer, remainingMs };
    if (previous === null) setSignal(null);
    const next = timerSignal(previous, remainingMs, running);
    if (next === null) return;
    setSignal(next);
    if (next === 'ended') playChime();
  }, [timer, remainingMs, running]);
  return signal;
}
