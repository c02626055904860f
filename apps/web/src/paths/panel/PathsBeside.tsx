import type { ReactNode } from 'react';
import { useBoard } from '../../board/BoardContext.ts';
import { PathPanel } from './PathPanel.tsx';
import { PathPanelToggle } from './PathPanelToggle.tsx';
import { usePathPanelOpen } from './panelOpen.ts';
import './pathPanel.css';

/**
 * The table with the service-path panel's tab at its right edge and the panel beside it when
 * open: on a laptop a column at the right (the table keeps its readable column widths and
 * scrolls sideways instead), on a phone below it (opened from the header's menu there).
 */
export function PathsBeside({ children }: { children: ReactNode }) {
  const { doc } = useBoard();
  const open = usePathPanelOpen((state) => state.open);
  return (
    <div className={open ? 'paths-beside paths-beside--open' : 'paths-beside'}>
      <div className="paths-beside__table">{children}</div>
      <PathPanelToggle doc={doc} place="tab" />
      {open && <PathPanel />}
    </div>
  );
}
