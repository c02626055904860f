import { setFocus, setPresenting, setStage } from '@avaa/board-model';
import { useRef } from 'react';
import type * as Y from 'yjs';
import { focusAfterRender, pageHeading } from '../app/focusAfterRender.ts';
import type { WorkshopView } from '../app/routes.ts';
import { GroupBadge } from '../groups/GroupBadge.tsx';
import { useT } from '../i18n/index.ts';
import { isFacilitator, useWorkshop } from '../workshop/WorkshopContext.ts';
import './presentation.css';

/**
 * The plenary's presentation round, under every workshop page's header. The facilitator steps
 * through the groups (previous, next, stop), which writes `settings.presenting`; the projector
 * and everyone following show the presenting group's board. Participants see who presents;
 * whether their screen follows is the stage bar's one follow switch.
 */
export function PresentationBar({ view }: { view: WorkshopView }) {
  const t = useT();
  const workshop = useWorkshop();
  const { doc, state } = workshop;
  const numbers = state.groups.map((group) => group.number);
  const presenting = state.settings.presenting;
  const at = presenting === null ? -1 : numbers.indexOf(presenting);
  // The control pressed gives way to another (or goes disabled): focus goes to what comes next.
  const startButton = useRef<HTMLButtonElement>(null);
  const previousButton = useRef<HTMLButtonElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);

  if (isFacilitator(workshop)) {
    // Offered where a presentation round starts (the common table, the overview); shown everywhere once running.
    const startsHere = view.kind === 'plenary' || view.kind === 'overview';
    if (numbers.length === 0 || (presenting === null && !startsHere)) return null;
    const present = (index: number) => {
      setPresenting(doc, numbers[index] ?? null);
      const last = index === numbers.length - 1;
      if (index === 0 || last) focusAfterRender(last ? [stopButton, previousButton] : [nextButton, stopButton]);
    };
    const start = () => {
      startRound(doc, numbers[0] ?? null);
      focusAfterRender([nextButton, stopButton]);
    };
    const stop = () => {
      setPresenting(doc, null);
      // Off the common table and the overview the bar goes with the round: the page's heading then.
      focusAfterRender([startButton, pageHeading]);
    };
    return (
      // biome-ignore lint/a11y/useSemanticElements: a row of controls named as one; not a form.
      <div
        className={`presentation-bar${presenting === null ? ' presentation-bar--idle' : ''}`}
        role="group"
        aria-label={t('presentation.controls')}
      >
        <Status presenting={presenting} />
        {presenting === null ? (
          <button type="button" className="button--primary" ref={startButton} onClick={start}>
            {t('presentation.start')}
          </button>
        ) : (
          <>
            <button type="button" ref={previousButton} disabled={at <= 0} onClick={() => present(at - 1)}>
              <span aria-hidden="true">← </span>
              {t('presentation.previous')}
            </button>
            <button type="button" ref={nextButton} disabled={at >= numbers.length - 1} onClick={() => present(at + 1)}>
              {t('presentation.next')}
              <span aria-hidden="true"> →</span>
            </button>
            <button type="button" className="button--quiet" ref={stopButton} onClick={stop}>
              {t('presentation.stop')}
            </button>
          </>
        )}
      </div>
    );
  }

  if (presenting === null || workshop.role === 'viewer') return null;
  return (
    <div className="presentation-bar">
      <Status presenting={presenting} />
    </div>
  );
}

function Status({ presenting }: { presenting: number | null }) {
  const t = useT();
  return (
    <p className="presentation-bar__status" role="status">
      {presenting === null ? (
        t('presentation.notPresenting')
      ) : (
        <>
          <GroupBadge group={presenting} size="small" />
          <span>{t('presentation.presenting', { number: presenting })}</span>
        </>
      )}
    </p>
  );
}

/**
 * Starting the round is the presentations stage: the stage bar says so, and the board shown to
 * everyone before gives way to the presenting group. One change for following screens.
 */
function startRound(doc: Y.Doc, first: number | null): void {
  if (first === null) return;
  doc.transact(() => {
    setStage(doc, 'presentations');
    setFocus(doc, null);
    setPresenting(doc, first);
  });
}
