import type * as Y from 'yjs';
import { focusAfterRender } from '../../app/focusAfterRender.ts';
import { usePaths } from '../../doc/usePaths.ts';
import { useT } from '../../i18n/index.ts';
import { PATH_PANEL_ID, panelControl, usePathPanelOpen } from './panelOpen.ts';
import './pathPanel.css';

/** The header's "Palvelupolut (2)": opens and closes the panel, which remembers it on this device. */
export function PathPanelToggle({ doc }: { doc: Y.Doc }) {
  const t = useT();
  const count = usePaths(doc).length;
  const open = usePathPanelOpen((state) => state.open);
  const setOpen = usePathPanelOpen((state) => state.setOpen);
  return (
    <button
      type="button"
      className="path-panel-toggle"
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

/** The toggle, where focus goes when the panel closes. */
export function panelToggle(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-path-panel-toggle]');
}
