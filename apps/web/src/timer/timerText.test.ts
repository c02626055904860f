import { describe, expect, it } from 'vitest';
import { formatRemaining, parseMinutes, shareLeft, timerSignal } from './timerText.ts';

describe('formatRemaining', () => {
  it('shows minutes and seconds, rounding seconds up', () => {
    expect(formatRemaining(300_000)).toBe('05:00');
    expect(formatRemaining(299_001)).toBe('05:00');
    expect(formatRemaining(272_000)).toBe('04:32');
    expect(formatRemaining(999)).toBe('00:01');
    expect(formatRemaining(0)).toBe('00:00');
    expect(formatRemaining(-5)).toBe('00:00');
  });

  it('shows hours past an hour', () => {
    expect(formatRemaining(3_900_000)).toBe('1:05:00');
    expect(formatRemaining(59 * 60_000 + 59_000)).toBe('59:59');
  });
});

describe('shareLeft and parseMinutes', () => {
  const timer = { durationMs: 600_000, startedAt: 0, pausedRemainingMs: null };
  it('gives the share of time left, bounded', () => {
    expect(shareLeft(timer, 150_000)).toBe(0.25);
    expect(shareLeft(timer, 900_000)).toBe(1);
    expect(shareLeft(timer, 0)).toBe(0);
  });

  it('reads typed minutes, with a decimal comma too', () => {
    expect(parseMinutes('10')).toBe(600_000);
    expect(parseMinutes(' 1,5 ')).toBe(90_000);
    expect(parseMinutes('0')).toBeNull();
    expect(parseMinutes('')).toBeNull();
    expect(parseMinutes('abc')).toBeNull();
    expect(parseMinutes('2000')).toBeNull();
  });
});

describe('timerSignal', () => {
  it('signals one minute left and the end once, as the countdown crosses them', () => {
    expect(timerSignal(61_000, 60_000, true)).toBe('one-minute');
    expect(timerSignal(60_000, 59_000, true)).toBeNull();
    expect(timerSignal(1_000, 0, true)).toBe('ended');
    expect(timerSignal(0, 0, true)).toBeNull();
    // A background tab may skip past both at once: the end is what matters.
    expect(timerSignal(90_000, 0, true)).toBe('ended');
  });

  it('says nothing on opening a page, while paused, or without a timer', () => {
    expect(timerSignal(null, 0, true)).toBeNull();
    expect(timerSignal(61_000, 60_000, false)).toBeNull();
    expect(timerSignal(5_000, null, true)).toBeNull();
  });
});
