import { addStep, type NoteView, type PathView, pathLabel } from '@avaa/board-model';
import { focusAfterRender } from '../../app/focusAfterRender.ts';
import { useBoard } from '../../board/BoardContext.ts';
import { usePaths } from '../../doc/usePaths.ts';
import { useT } from '../../i18n/index.ts';
import { noteControl } from '../../notes/noteControl.ts';
import { useBoardUi } from '../../state/boardUi.ts';
import { useWorkshop } from '../../workshop/WorkshopContext.ts';
import { pathInkStyle } from '../pathLook.ts';
import { usePathUi } from '../pathUi.ts';
import { alone } from './useDrawingActions.ts';

type Props = {
  note: NoteView;
  /** Back to the menu's buttons. */
  onCancel: () => void;
  /** Closes the menu (after an action). */
  onClose: () => void;
};

/**
 * The note menu's "Add to path…": the board's paths, each with "Add to path" (the note becomes
 * its last step) and "Draw the path from this note" (the same, then picking goes on on the
 * table). The keyboard's way to build a path, one note at a time or by drawing.
 */
export function NotePathForm({ note, onCancel, onClose }: Props) {
  const t = useT();
  const paths = usePaths(useBoard().doc);
  const add = useAddToPath(note, onClose);
  return (
    <div className="note-path-form">
      {paths.length === 0 ? (
        <p className="menu__heading">{t('pathDrawing.noPaths')}</p>
      ) : (
        <fieldset>
          <legend>{t('pathDrawing.menuLegend')}</legend>
          <ul className="note-path-form__paths">
            {paths.map((path, index) => (
              <li key={path.id} style={pathInkStyle(path.colour)}>
                <span className="note-path-form__name">
                  <span className="note-paths__letter" aria-hidden="true">
                    {pathLabel(index)}
                  </span>
                  {path.name}
                </span>
                <button
                  type="button"
                  aria-label={t('pathDrawing.addToNamed', { name: path.name })}
                  onClick={() => add(path, false)}
                >
                  {t('pathDrawing.addTo')}
                </button>
                <button
                  type="button"
                  aria-label={t('pathDrawing.drawFromNamed', { name: path.name })}
                  onClick={() => add(path, true)}
                >
                  {t('pathDrawing.drawFrom')}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <div className="menu__actions">
        <button type="button" className="button--quiet" onClick={onCancel}>
          {t('pathDrawing.back')}
        </button>
      </div>
    </div>
  );
}

/** Adds the note to the end of a path (saying so in a toast), and starts drawing it if asked. */
function useAddToPath(note: NoteView, onClose: () => void) {
  const t = useT();
  const { doc, undo } = useBoard();
  const { personId } = useWorkshop();
  const showToast = useBoardUi((state) => state.showToast);
  const startDrawing = usePathUi((state) => state.startDrawing);
  return (path: PathView, draw: boolean) => {
    const by = personId === null ? {} : { createdBy: personId };
    const result = alone(undo, () => addStep(doc, path.id, { noteId: note.id, ...by }));
    onClose();
    if (!result.ok) {
      showToast({ message: t(`error.${result.error}`) });
      return;
    }
    showToast({ message: t('pathDrawing.addedTo', { name: path.name, number: path.steps.length + 1 }) });
    if (draw) startDrawing(path.id);
    // The pressed button went with the menu: back to the note, whose text picks the next step.
    focusAfterRender(() => noteControl(note.id, draw ? 'text' : 'menu'));
  };
}
