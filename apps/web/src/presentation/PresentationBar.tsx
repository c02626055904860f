import { setFocus, setPresenting, setStage } from '@avaa/board-model';
import type * as Y from 'yjs';
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

  if (isFacilitator(workshop)) {
    // Offered where a presentation round starts (the common table, the overview); shown everywhere once running.
    const startsHere = view.kind === 'plenary' || view.kind === 'overview';
    if (numbers.length === 0 || (presenting === null && !startsHere)) return null;
    const present = (group: number | null) => setPresenting(doc, group);
    return (
      // biome-ignore lint/a11y/useSemanticElements: a row of controls named as one; not a form.
      <div
        className={`presentation-bar${presenting === null ? ' presentation-bar--idle' : ''}`}
        role="group"
        aria-label={t('presentation.controls')}
      >
        <Status presenting={presenting} />
        {presenting === null ? (
          <button type="button" className="button--primary" onClick={() => startRound(doc, numbers[0] ?? null)}>
            {t('presentation.start')}
          </button>
        ) : (
          <>
            <button type="button" disabled={at <= 0} onClick={() => present(numbers[at - 1] ?? null)}>
              <span aria-hidden="true">← </span>
              {t('presentation.previous')}
            </button>
            <button type="button" disabled={at >= numbers.length - 1} onClick={() => present(numbers[at + 1] ?? null)}>
              {t('presentation.next')}
              <span aria-hidden="true"> →</span>
            </button>
            <button type="button" className="button--quiet" onClick={() => present(null)}>
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
