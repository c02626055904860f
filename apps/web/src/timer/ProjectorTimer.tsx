import type * as Y from 'yjs';
import { TimerDisplay } from './TimerDisplay.tsx';
import { useTimer, useTimerSignal } from './useTimer.ts';

/** The shared timer, large, on the projector's header while one is set; it chimes softly at the end. */
export function ProjectorTimer({ workshopDoc }: { workshopDoc: Y.Doc }) {
  const { reading } = useTimer(workshopDoc);
  useTimerSignal(reading);
  return reading && <TimerDisplay reading={reading} size="large" />;
}
