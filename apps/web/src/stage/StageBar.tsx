import { STAGES, type Stage } from '@avaa/board-model';
import type { WorkshopView } from '../app/routes.ts';
import { useT } from '../i18n/index.ts';
import { ProjectorControl } from '../projector/ProjectorControl.tsx';
import { isFacilitator, useWorkshop } from '../workshop/WorkshopContext.ts';
import { FocusControl } from './FocusControl.tsx';
import { FollowControl } from './FollowControl.tsx';
import { StageSteps } from './StageSteps.tsx';
import { stageKey } from './stageNames.ts';
import { useStage } from './useFacilitation.ts';
import './stage.css';

/**
 * The workshop's current stage for everyone, under every workshop page's header. The
 * facilitator moves between stages and shows a board to everyone here; participants choose
 * whether their screen follows.
 */
export function StageBar({ view }: { view: WorkshopView }) {
  const workshop = useWorkshop();
  const stage = useStage(workshop.doc);
  const leads = isFacilitator(workshop);
  return (
    <>
      <section className="stage-bar" aria-label={useT()('stage.label')}>
        <StagePosition stage={stage} />
        <StageSteps stage={stage} />
        {leads ? <FocusControl view={view} /> : workshop.role === 'participant' && <FollowControl view={view} />}
      </section>
      {/* Its own row under the header's others, so the stage bar and the timer keep their places. */}
      {leads && <ProjectorControl doc={workshop.doc} />}
    </>
  );
}

/** "Vaihe 2/5 · Ryhmätyö": a live region, so a change of stage is announced politely. */
function StagePosition({ stage }: { stage: Stage }) {
  const t = useT();
  return (
    <p className="stage-bar__position" role="status">
      {t('stage.position', { number: STAGES.indexOf(stage) + 1, count: STAGES.length })}
      <span className="stage-bar__name">
        <span aria-hidden="true"> · </span>
        {t(stageKey(stage))}
      </span>
    </p>
  );
}
