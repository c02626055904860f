import type * as Y from 'yjs';
import { useT } from '../i18n/index.ts';
import { TimerDisplay } from './TimerDisplay.tsx';
import { useTimer, useTimerSignal } from './useTimer.ts';

/**
 * The shared timer, large, on the projector's header while it counts; it chimes softly at the
 * end. Once the time is up it says so in a few quiet words: a large "00:00" kept pressing on
 * the room and took the header's room from the title.
 */
export function ProjectorTimer({ workshopDoc }: { workshopDoc: Y.Doc }) {
  const t = useT();
  const { reading } = useTimer(workshopDoc);
  useTimerSignal(reading);
  if (!reading) return null;
  if (reading.ended) {
    return (
      <p className="projector-timer-ended" role="status">
        <span className="projector-timer-ended__label">{t('timer.label')}</span>
        <span className="projector-timer-ended__text">{t('timer.ended')}</span>
      </p>
    );
  }
  return <TimerDisplay reading={reading} size="large" />;
}
