import { useT } from '../i18n/index.ts';
import { useBoardView } from '../state/boardView.ts';

/**
 * The table or the list view: one person's choice on this screen, kept while the workshop's
 * page is open. A checkbox beside the heat view's, so the toolbar stays one row on a laptop.
 */
export function BoardViewSwitch() {
  const t = useT();
  const outline = useBoardView((state) => state.layout === 'outline');
  const setLayout = useBoardView((state) => state.setLayout);
  return (
    <label className="gaps-toolbar__check board-view-switch">
      <input
        type="checkbox"
        checked={outline}
        onChange={(event) => setLayout(event.target.checked ? 'outline' : 'table')}
      />
      {t('view.outline')}
    </label>
  );
}
