import { focusAfterRender } from '../../app/focusAfterRender.ts';
import { workshopPath } from '../../app/routes.ts';
import { useBoard } from '../../board/BoardContext.ts';
import { usePaths } from '../../doc/usePaths.ts';
import { useT } from '../../i18n/index.ts';
import { useWorkshop } from '../../workshop/WorkshopContext.ts';
import { follow } from '../../workshop/WorkshopNav.tsx';
import { NewPath } from './NewPath.tsx';
import { PathItem } from './PathItem.tsx';
import { panelToggle } from './PathPanelToggle.tsx';
import { PATH_PANEL_ID, usePathPanelOpen } from './panelOpen.ts';

/**
 * The board's service paths, read live: a new path (for anyone who may write the board), then
 * every path with its steps. Everything the table's drawing does can be done here by keyboard.
 */
export function PathPanel() {
  const t = useT();
  const { doc, canEdit } = useBoard();
  const paths = usePaths(doc);
  const setOpen = usePathPanelOpen((state) => state.setOpen);
  const headingId = `${PATH_PANEL_ID}-heading`;
  return (
    <aside id={PATH_PANEL_ID} className="path-panel" aria-labelledby={headingId}>
      <div className="path-panel__head">
        <h2 id={headingId} className="path-panel__heading" tabIndex={-1} data-path-control="heading">
          {t('pathPanel.heading')}
        </h2>
        <button
          type="button"
          className="path-panel__close"
          aria-label={t('pathPanel.close')}
          onClick={() => {
            setOpen(false);
            focusAfterRender(panelToggle);
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p className="path-panel__intro">{t('pathPanel.intro')}</p>
      {paths.length > 0 && <PathViewLink />}
      {canEdit ? <NewPath paths={paths} /> : <p className="path-panel__note">{t('pathPanel.readOnly')}</p>}
      {paths.length === 0 ? (
        <p className="path-panel__note">{t('pathPanel.none')}</p>
      ) : (
        <ul className="path-panel__paths" aria-label={t('pathPanel.list')}>
          {paths.map((path, index) => (
            <PathItem key={path.id} path={path} index={index} canEdit={canEdit} />
          ))}
        </ul>
      )}
    </aside>
  );
}

/** The same paths as lanes, "instead of the table": the board's path view page. */
function PathViewLink() {
  const t = useT();
  const { board } = useBoard();
  const { workshopId } = useWorkshop();
  const path = workshopPath(workshopId, { kind: 'paths', board });
  return (
    <p className="path-panel__view">
      <a href={path} onClick={(event) => follow(event, path)}>
        {t('pathView.open')}
      </a>
    </p>
  );
}
