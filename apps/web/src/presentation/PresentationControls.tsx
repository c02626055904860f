import type { WorkshopView } from '../app/routes.ts';
import { useT } from '../i18n/index.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { PresentationStatus } from './PresentationStatus.tsx';
import { type RoundControls, useRoundControls } from './useRoundControls.ts';

/** The facilitator's bar: start the round, then previous, next and stop. */
export function PresentationControls({ view }: { view: WorkshopView }) {
  const t = useT();
  const { doc, state } = useWorkshop();
  const numbers = state.groups.map((group) => group.number);
  const presenting = state.settings.presenting;
  const round = useRoundControls(doc, numbers);
  // Offered where a presentation round starts (the common table, the overview); shown everywhere once running.
  const startsHere = view.kind === 'plenary' || view.kind === 'overview';
  if (numbers.length === 0 || (presenting === null && !startsHere)) return null;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a row of controls named as one; not a form.
    <div
      className={`presentation-bar${presenting === null ? ' presentation-bar--idle' : ''}`}
      role="group"
      aria-label={t('presentation.controls')}
    >
      <PresentationStatus presenting={presenting} />
      {presenting === null ? (
        <button type="button" className="button--primary" ref={round.buttons.start} onClick={round.start}>
          {t('presentation.start')}
        </button>
      ) : (
        <RoundSteps round={round} at={numbers.indexOf(presenting)} count={numbers.length} />
      )}
    </div>
  );
}

/** Previous and next group, and stop, while the round runs; `at` is the presenting group's index. */
function RoundSteps({ round, at, count }: { round: RoundControls; at: number; count: number }) {
  const t = useT();
  return (
    <>
      <button type="button" ref={round.buttons.previous} disabled={at <= 0} onClick={() => round.present(at - 1)}>
        <span aria-hidden="true">← </span>
        {t('presentation.previous')}
      </button>
      <button type="button" ref={round.buttons.next} disabled={at >= count - 1} onClick={() => round.present(at + 1)}>
        {t('presentation.next')}
        <span aria-hidden="true"> →</span>
      </button>
      <button type="button" className="button--quiet" ref={round.buttons.stop} onClick={round.stop}>
        {t('presentation.stop')}
      </button>
    </>
  );
}
