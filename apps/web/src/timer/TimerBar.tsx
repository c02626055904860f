import { useT } from '../i18n/index.ts';
import { isFacilitator, useWorkshop } from '../workshop/WorkshopContext.ts';
import { TimerControls } from './TimerControls.tsx';
import { TimerDisplay } from './TimerDisplay.tsx';
import { useFocusUnder } from './useFocusUnder.ts';
import { useOutOfView } from './useOutOfView.ts';
import { useTimer, useTimerSignal } from './useTimer.ts';
import './timer.css';

/**
 * The shared timer under every workshop page's header, for everyone while one is set; the
 * facilitator's controls beside it (and a way to set one when none is). Once the header has
 * scrolled away, a copy of the time stays in the window's corner (for the eyes only: the bar
 * is what screen readers follow), stepping aside while the keyboard's focus is under it.
 */
export function TimerBar() {
  const t = useT();
  const workshop = useWorkshop();
  const { reading, offsetMs } = useTimer(workshop.doc);
  const signal = useTimerSignal(reading);
  const leads = isFacilitator(workshop);
  const [bar, scrolledAway] = useOutOfView<HTMLElement>();
  const [float, focusUnder] = useFocusUnder<HTMLDivElement>();
  if (reading === null && !leads) return null;
  return (
    <section
      ref={bar}
      className={`timer-bar${reading === null ? ' timer-bar--idle' : ''}`}
      aria-label={t('timer.label')}
    >
      {reading && <TimerDisplay reading={reading} />}
      {leads && <TimerControls doc={workshop.doc} reading={reading} offsetMs={offsetMs} />}
      <p className="visually-hidden" role="status">
        {signal === 'ended' ? t('timer.ended') : signal === 'one-minute' ? t('timer.oneMinute') : ''}
      </p>
      {reading && scrolledAway && (
        <div ref={float} className={`timer-float${focusUnder ? ' timer-float--aside' : ''}`} aria-hidden="true">
          <TimerDisplay reading={reading} />
        </div>
      )}
    </section>
  );
}
