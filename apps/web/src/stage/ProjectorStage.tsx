import { STAGES } from '@avaa/board-model';
import type * as Y from 'yjs';
import { useT } from '../i18n/index.ts';
import { stageKey } from './stageNames.ts';
import { useStage } from './useFacilitation.ts';
import './stage.css';

/** The current stage on the projector's header: "Vaihe 2/5 · Ryhmätyö", large. */
export function ProjectorStage({ workshopDoc }: { workshopDoc: Y.Doc }) {
  const t = useT();
  const stage = useStage(workshopDoc);
  return (
    <p className="projector-stage">
      <span className="projector-stage__position">
        {t('stage.position', { number: STAGES.indexOf(stage) + 1, count: STAGES.length })}
      </span>
      <span className="projector-stage__name">{t(stageKey(stage))}</span>
    </p>
  );
}
