import type { PathView, PhaseId } from '@avaa/board-model';
import { useEffect } from 'react';
import { isTextField } from '../../doc/useUndo.ts';
import { usePlural, useT } from '../../i18n/index.ts';
import { pathInkStyle } from '../pathLook.ts';
import { usePathUi } from '../pathUi.ts';
import { MissingService } from './MissingServiceForm.tsx';
import type { DrawingActions } from './useDrawingActions.ts';

/** What a note's text does while a path is drawn: every note's text names it (aria-describedby). */
export const PICK_HINT_ID = 'path-drawing-hint';

type Props = {
  path: PathView;
  actions: DrawingActions;
  say: (text: string) => void;
  /** The phase the missing-service form was opened on from a column header; null for the first. */
  missingPhase: PhaseId | null;
  onMissingPhase: (phase: PhaseId | null) => void;
};

/**
 * Above the table while a path is drawn: which path, how many steps, "Undo last" and "Done"
 * (Escape too), and a form for a service the table does not have. Stays in sight (sticky) as
 * the table scrolls under it.
 */
export function DrawingBanner({ path, actions, say, missingPhase, onMissingPhase }: Props) {
  const t = useT();
  const plural = usePlural();
  const stop = usePathUi((state) => state.stopDrawing);
  const steps = plural('pathDrawing.steps', path.steps.length);
  const done = () => {
    stop();
    say(t('pathDrawing.ended', { name: path.name, steps }));
  };
  useEscapeEnds(done);
  return (
    <section className="path-drawing" aria-labelledby={`${PICK_HINT_ID}-title`} style={pathInkStyle(path.colour)}>
      <div className="path-drawing__row">
        <p className="path-drawing__title" id={`${PICK_HINT_ID}-title`}>
          {t('pathDrawing.banner', { name: path.name })}
        </p>
        <span className="visually-hidden" id={PICK_HINT_ID}>
          {t('pathDrawing.pickHint')}
        </span>
        <span className="path-drawing__count">{steps}</span>
        <button type="button" onClick={actions.undoLast} disabled={path.steps.length === 0}>
          {t('pathDrawing.undoLast')}
        </button>
        <button type="button" className="path-drawing__done" aria-keyshortcuts="Escape" onClick={done}>
          {t('pathDrawing.done')}
        </button>
      </div>
      <MissingService phase={missingPhase} onPhase={onMissingPhase} onAdd={actions.addMissing} />
    </section>
  );
}

/** Escape anywhere but a text field ends drawing (an open note menu takes the first Escape itself). */
function useEscapeEnds(done: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || isTextField(event.target)) return;
      done();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });
}
