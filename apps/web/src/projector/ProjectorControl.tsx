import { isJoiningShown, type OperationError, readProjectorView, setProjectorView } from '@avaa/board-model';
import { useId, useState } from 'react';
import type * as Y from 'yjs';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { useT } from '../i18n/index.ts';
import { useStage } from '../stage/useFacilitation.ts';
import { ProjectorPathPicker } from './ProjectorPathPicker.tsx';
import './projectorControl.css';

const readControl = (doc: Y.Doc) => ({ view: readProjectorView(doc), joining: isJoiningShown(doc) });

/**
 * The facilitator's say over the projector: show how to join (latecomers, a second room), at
 * the common table the table instead of a vote's results, and at any stage the common table's
 * service paths, all or one picked. Switches; turning one off returns the projector to what the
 * stage shows. The switches show a short word under the group's name ("Videotykki"), their
 * names say it whole (and contain the word, for speech input). Written to the workshop document, document first, so the projector follows at once.
 */
export function ProjectorControl({ doc }: { doc: Y.Doc }) {
  const t = useT();
  const labelId = useId();
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
    // biome-ignore lint/a11y/useSemanticElements: a row of switches named as one, not a form.
    <div className="projector-control" role="group" aria-labelledby={labelId}>
      <span className="projector-control__label" id={labelId}>
        {t('projector.control.label')}
      </span>
      <button
        type="button"
        aria-pressed={joining}
        aria-label={t('projector.control.showJoining')}
        onClick={toggleJoining}
      >
        {t('projector.control.joiningShort')}
      </button>
      {stage === 'common-table' && (
        <button
          type="button"
          aria-pressed={view === 'table'}
          aria-label={t('projector.control.showTable')}
          onClick={() => show(view === 'table' ? null : 'table')}
        >
          {t('projector.control.tableShort')}
        </button>
      )}
      <button
        type="button"
        aria-pressed={view === 'paths'}
        aria-label={t('pathView.projector.showPaths')}
        onClick={() => show(view === 'paths' ? null : 'paths')}
      >
        {t('pathView.projector.pathsShort')}
      </button>
      {view === 'paths' && <ProjectorPathPicker doc={doc} onDone={setError} />}
      {error && (
        <p className="field__error" role="alert">
          {t(`error.${error}`)}
        </p>
      )}
    </div>
  );
}
