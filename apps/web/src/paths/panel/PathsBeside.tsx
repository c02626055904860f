import type { ReactNode } from 'react';
import { PathPanel } from './PathPanel.tsx';
import { usePathPanelOpen } from './panelOpen.ts';
import './pathPanel.css';

/**
 * The table with the service-path panel beside it when open: on a laptop a column at the right
 * (the table keeps its readable column widths and scrolls sideways instead), on a phone below it.
 */
export function PathsBeside({ children }: { children: ReactNode }) {
  const open = usePathPanelOpen((state) => state.open);
  return (
    <div className={open ? 'paths-beside paths-beside--open' : 'paths-beside'}>
      <div className="paths-beside__table">{children}</div>
      {open && <PathPanel />}
    </div>
  );
}
