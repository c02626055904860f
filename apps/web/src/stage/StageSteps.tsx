import { nextStage, previousStage, STAGES, type Stage, setFocus, setPresenting, setStage } from '@avaa/board-model';
import type * as Y from 'yjs';
import { useT } from '../i18n/index.ts';
import { isFacilitator, useWorkshop } from '../workshop/WorkshopContext.ts';
import { stageKey } from './stageNames.ts';

/**
 * The five stages in order, the current one marked in words and weight, not colour alone. The
 * facilitator's steps are buttons (any stage, forwards or back), with previous and next.
 */
export function StageSteps({ stage }: { stage: Stage }) {
  const t = useT();
  const workshop = useWorkshop();
  const leads = isFacilitator(workshop);
  const go = (to: Stage | null) => to && moveToStage(workshop.doc, to);
  const previous = previousStage(stage);
  const next = nextStage(stage);
  const steps = (
    <ol className="stage-steps" aria-label={t('stage.steps')}>
      {STAGES.map((each) => {
        const current = each === stage ? 'step' : undefined;
        return (
          <li key={each} className="stage-steps__step">
            {leads ? (
              <button type="button" aria-current={current} onClick={() => go(each)}>
                {t(stageKey(each))}
              </button>
            ) : (
              <span aria-current={current}>{t(stageKey(each))}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
  if (!leads) return steps;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a row of controls named as one; not a form.
    <div className="stage-bar__controls" role="group" aria-label={t('stage.controls')}>
      <button
        type="button"
        className="stage-bar__step"
        aria-label={t('stage.previous')}
        title={t('stage.previous')}
        disabled={previous === null}
        onClick={() => go(previous)}
      >
        <span aria-hidden="true">←</span>
      </button>
      {steps}
      <button
        type="button"
        className="stage-bar__step"
        aria-label={t('stage.next')}
        title={t('stage.next')}
        disabled={next === null}
        onClick={() => go(next)}
      >
        <span aria-hidden="true">→</span>
      </button>
    </div>
  );
}

/**
 * A new stage starts clean: the board shown to everyone belonged to the stage before, and a
 * presentation round ends when the presentations stage does. One transaction, so following
 * screens see one change and go straight to the new stage's view.
 */
function moveToStage(doc: Y.Doc, stage: Stage): void {
  doc.transact(() => {
    setStage(doc, stage);
    setFocus(doc, null);
    if (stage !== 'presentations') setPresenting(doc, null);
  });
}
