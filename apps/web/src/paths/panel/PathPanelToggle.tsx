import type * as Y from 'yjs';
import { focusAfterRender } from '../../app/focusAfterRender.ts';
import { usePaths } from '../../doc/usePaths.ts';
import { useT } from '../../i18n/index.ts';
import { PATH_PANEL_ID, panelControl, usePathPanelOpen } from './panelOpen.ts';
import './pathPanel.css';

/**
 * "Palvelupolut (2)": opens and closes the panel, which remembers it on this device. In the
 * header on a phone (folded into its menu); on a laptop a tab at the table's right edge
 * (PathsBeside), since one more button in the header pushes the table's first row off the
 * first screen.
 */
export function PathPanelToggle({ doc, place }: { doc: Y.Doc; place: 'header' | 'tab' }) {
  const t = useT();
  const count = usePaths(doc).length;
  const open = usePathPanelOpen((state) => state.open);
  const setOpen = usePathPanelOpen((state) => state.setOpen);
  return (
    <button
      type="button"
      className={`path-panel-toggle path-panel-toggle--${place}`}
      aria-expanded={open}
      aria-controls={PATH_PANEL_ID}
      data-path-panel-toggle=""
      onClick={() => {
        setOpen(!open);
        // Opened: to its heading, which on a phone is below the table.
        if (!open) focusAfterRender(() => panelControl('heading'));
      }}
    >
      {t('pathPanel.toggle', { count })}
    </button>
  );
}

/** The toggle shown at this width, where focus goes when the panel closes. */
export function panelToggle(): HTMLElement | undefined {
  const toggles = document.querySelectorAll<HTMLElement>('[data-path-panel-toggle]');
  return [...toggles].find((toggle) => toggle.getClientRects().length > 0);
}
