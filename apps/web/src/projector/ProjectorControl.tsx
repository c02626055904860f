import { isJoiningShown, type OperationError, readProjectorView, setProjectorView } from '@avaa/board-model';
import { useState } from 'react';
import type * as Y from 'yjs';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { useT } from '../i18n/index.ts';
import { useStage } from '../stage/useFacilitation.ts';

const readControl = (doc: Y.Doc) => ({ view: readProjectorView(doc), joining: isJoiningShown(doc) });

/**
 * The facilitator's say over the projector beside the stage: show how to join (latecomers, a
 * second room) or the table (after a vote's results), and back to what the stage shows. Written
 * to the workshop document, document first, so the projector follows at once.
 */
export function ProjectorControl({ doc }: { doc: Y.Doc }) {
  const t = useT();
  const stage = useStage(doc);
  const { view, joining } = useDocSnapshot(doc, readControl);
  const [error, setError] = useState<OperationError | null>(null);
  const show = (next: Parameters<typeof setProjectorView>[1]) => {
    const done = setProjectorView(doc, next);
    setError(done.ok ? null : done.error);
  };
  // At setup joining is what the stage shows: turning it off shows the table instead.
  const toggleJoining = () => show(joining ? (stage === 'setup' ? 'table' : null) : 'joining');
  return (
    // biome-ignore lint/a11y/useSemanticElements: a toolbar-like group of buttons, not form fields.
    <div className="stage-bar__projector" role="group" aria-label={t('projector.control.label')}>
      <button type="button" aria-pressed={joining} onClick={toggleJoining}>
        {t('projector.control.showJoining')}
      </button>
      {stage === 'common-table' && view !== 'table' && (
        <button type="button" onClick={() => show('table')}>
          {t('projector.control.showTable')}
        </button>
      )}
      {view !== null && (
        <button type="button" className="button--quiet" onClick={() => show(null)}>
          {t('projector.control.follow')}
        </button>
      )}
      {error && (
        <p className="field__error" role="alert">
          {t(`error.${error}`)}
        </p>
      )}
    </div>
  );
}
