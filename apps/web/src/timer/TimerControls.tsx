import {
  addTime,
  clearTimer,
  type OperationError,
  pauseTimer,
  type Result,
  resetTimer,
  resumeTimer,
  startTimer,
} from '@avaa/board-model';
import { type FormEvent, useCallback, useId, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { focusAfterRender } from '../app/focusAfterRender.ts';
import { useLightDismiss } from '../app/useLightDismiss.ts';
import { useT } from '../i18n/index.ts';
import { serverNow } from './serverClock.ts';
import { parseMinutes } from './timerText.ts';
import { useKeptInWindow } from './useKeptInWindow.ts';
import type { TimerReading } from './useTimer.ts';

const PRESETS = [5, 10, 15] as const;
const MINUTE = 60_000;

type Props = { doc: Y.Doc; reading: TimerReading | null; offsetMs: number };

/** The facilitator's timer controls; every write uses the server's clock, as every reader does. */
export function TimerControls({ doc, reading, offsetMs }: Props) {
  const t = useT();
  const [error, setError] = useState<OperationError | null>(null);
  const now = () => serverNow(offsetMs);
  const run = (result: Result) => setError(result.ok ? null : result.error);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a row of controls named as one; not a form.
    <div className="timer-controls" role="group" aria-label={t('timer.controls')}>
      {reading && (
        <>
          {reading.running ? (
            <button type="button" disabled={reading.ended} onClick={() => run(pauseTimer(doc, now()))}>
              {t('timer.pause')}
            </button>
          ) : (
            <button type="button" className="button--primary" onClick={() => run(resumeTimer(doc, now()))}>
              {t(reading.remainingMs === reading.timer.durationMs ? 'timer.start' : 'timer.resume')}
            </button>
          )}
          <button type="button" onClick={() => run(addTime(doc, MINUTE, now()))}>
            {t('timer.addMinute')}
          </button>
          <button type="button" onClick={() => run(resetTimer(doc))}>
            {t('timer.reset')}
          </button>
          <button type="button" className="button--quiet" onClick={() => run(clearTimer(doc))}>
            {t('timer.remove')}
          </button>
        </>
      )}
      <NewTimer
        onStart={(ms) => run(startTimer(doc, ms, now()))}
        onInvalid={() => setError('invalid-duration')}
        replaces={reading !== null}
      />
      {error && (
        <p className="timer-controls__error" role="alert">
          {t(`error.${error}`)}
        </p>
      )}
    </div>
  );
}

type NewTimerProps = { onStart: (ms: number) => void; onInvalid: () => void; replaces: boolean };

/** Presets start at once; the number field takes any whole or decimal minutes. */
function NewTimer({ onStart, onInvalid, replaces }: NewTimerProps) {
  const t = useT();
  const id = useId();
  const [minutes, setMinutes] = useState('10');
  const [open, setOpen] = useState(false);
  const body = useKeptInWindow<HTMLDivElement>(open);
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  useLightDismiss(
    open,
    useCallback(() => details.current, []),
    useCallback(() => summary.current, []),
    useCallback(() => setOpen(false), []),
  );
  const start = (ms: number) => {
    onStart(ms);
    setOpen(false);
    // The pressed preset is hidden with the panel: back to the disclosure's own control.
    focusAfterRender(summary);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ms = parseMinutes(minutes);
    if (ms === null) onInvalid();
    else start(ms);
  };
  return (
    <details ref={details} className="new-timer" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary ref={summary}>{t(replaces ? 'timer.newTime' : 'timer.set')}</summary>
      <div ref={body} className="new-timer__body">
        {/* biome-ignore lint/a11y/useSemanticElements: presets named as one group; not a form. */}
        <div className="new-timer__presets" role="group" aria-label={t('timer.presets')}>
          {PRESETS.map((preset) => (
            <button type="button" key={preset} onClick={() => start(preset * MINUTE)}>
              {t('timer.preset', { minutes: preset })}
            </button>
          ))}
        </div>
        <form className="new-timer__custom" onSubmit={submit}>
          <label htmlFor={id}>{t('timer.minutes')}</label>
          <input
            id={id}
            type="number"
            inputMode="decimal"
            min="0.5"
            max="1440"
            step="0.5"
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
          />
          <button type="submit" className="button--primary">
            {t('timer.start')}
          </button>
        </form>
      </div>
    </details>
  );
}
