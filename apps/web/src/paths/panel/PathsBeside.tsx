import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import { useBoard } from '../../board/BoardContext.ts';
import { PathPanelToggle } from './PathPanelToggle.tsx';
import { usePathPanelOpen } from './panelOpen.ts';
import './pathPanel.css';

// The panel and its forms load when first opened (most opens of a board never show it), or once
// the board is idle, so that opening it later does not wait for the network.
const loadPanel = () => import('./PathPanel.tsx');
const PathPanel = lazy(() => loadPanel().then((m) => ({ default: m.PathPanel })));
const IDLE_PRELOAD_MS = 3000;

/**
 * The table with the service-path panel's tab at its right edge and the panel beside it when
 * open: on a laptop a column at the right (the table keeps its readable column widths and
 * scrolls sideways instead), on a phone below it (opened from the header's menu there).
 */
export function PathsBeside({ children }: { children: ReactNode }) {
  const { doc } = useBoard();
  const open = usePathPanelOpen((state) => state.open);
  usePreloadWhenIdle();
  return (
    <div className={open ? 'paths-beside paths-beside--open' : 'paths-beside'}>
      <div className="paths-beside__table">{children}</div>
      <PathPanelToggle doc={doc} place="tab" />
      {open && (
        <Suspense fallback={null}>
          <PathPanel />
        </Suspense>
      )}
    </div>
  );
}

/** Loads the panel's code a while after the board first showed, when the page has nothing else to do. */
function usePreloadWhenIdle(): void {
  useEffect(() => {
    const preload = () => void loadPanel().catch(() => undefined);
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(preload, { timeout: IDLE_PRELOAD_MS });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = window.setTimeout(preload, IDLE_PRELOAD_MS);
    return () => window.clearTimeout(timer);
  }, []);
}
