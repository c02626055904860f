import type { CSSProperties } from 'react';
import { useT } from '../i18n/index.ts';
import { formatRemaining, shareLeft } from './timerText.ts';
import type { TimerReading } from './useTimer.ts';
import './timer.css';

/**
 * The timer as everyone sees it: a label, mm:ss and a calm bar of the time left. Paused and
 * ended are said in words; the end changes the colour softly, never flashing.
 */
export function TimerDisplay({ reading, size = 'normal' }: { reading: TimerReading; size?: 'normal' | 'large' }) {
  const t = useT();
  const state = reading.ended ? 'ended' : reading.running ? 'running' : 'paused';
  const style = { '--left': shareLeft(reading.timer, reading.remainingMs) } as CSSProperties;
  return (
    <div className={`timer timer--${state} timer--${size}`} style={style}>
      <span className="timer__label">{t('timer.label')}</span>
      <span className="timer__time" role="timer">
        {formatRemaining(reading.remainingMs)}
      </span>
      {state !== 'running' && (
        <span className="timer__state">{t(state === 'ended' ? 'timer.ended' : 'timer.paused')}</span>
      )}
      <span className="timer__bar" aria-hidden="true">
        <span className="timer__fill" />
      </span>
    </div>
  );
}
