import { type Focus, setFocus } from '@avaa/board-model';
import type { WorkshopView } from '../app/routes.ts';
import { cellName } from '../board/names.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { boardName, viewBoard } from './stageNames.ts';
import { useFocus } from './useFacilitation.ts';

/**
 * The facilitator's "show everyone this view": participants' screens and the projector go to
 * this board. While something is shown, says what, with a way to stop.
 */
export function FocusControl({ view }: { view: WorkshopView }) {
  const t = useT();
  const { doc } = useWorkshop();
  const focus = useFocus(doc);
  const board = viewBoard(view);
  const shownHere = focus !== null && focus.board === board && focus.cell === undefined;
  return (
    <div className="stage-bar__focus">
      {focus !== null && <FocusStatus focus={focus} />}
      {board !== null && !shownHere && (
        <button type="button" onClick={() => setFocus(doc, { board })}>
          <span aria-hidden="true">◉ </span>
          {t('focus.show')}
        </button>
      )}
      {focus !== null && (
        <button type="button" className="button--quiet" onClick={() => setFocus(doc, null)}>
          {t('focus.stop')}
        </button>
      )}
    </div>
  );
}

function FocusStatus({ focus }: { focus: Focus }) {
  const t = useT();
  const language = useLanguage();
  const place = boardName(t, focus.board);
  return (
    <p className="stage-bar__shown">
      {focus.cell === undefined
        ? t('focus.showing', { place })
        : t('focus.showingCell', { place, cell: cellName(focus.cell, language) })}
    </p>
  );
}
