import { create } from 'zustand';
import { readStored, writeStored } from '../../state/storage.ts';

const OPEN_KEY = 'avaa:pathPanel';

type PanelOpenState = {
  /** Whether the service-path panel is open beside the table, on this device (every board). */
  readonly open: boolean;
  setOpen(open: boolean): void;
};

/** Per-device UI state as the preferences are: in localStorage, never in the board document. */
export const usePathPanelOpen = create<PanelOpenState>()((set) => ({
  open: readStored('local', OPEN_KEY) === 'open',
  setOpen(open) {
    writeStored('local', OPEN_KEY, open ? 'open' : null);
    set({ open });
  },
}));

/** The panel's element id: the toggle controls it. */
export const PATH_PANEL_ID = 'path-panel';

/**
 * The panel's controls focus returns to, marked `data-path-control` inside the element marked
 * `data-path-id` (or `data-step-id` for a step's): focus is found by what it is, never by a class.
 */
export function pathControl(path: string, control: string, step?: string): HTMLElement | null {
  const scope = `[data-path-id="${CSS.escape(path)}"]`;
  const inStep = step === undefined ? '' : ` [data-step-id="${CSS.escape(step)}"]`;
  return document.querySelector<HTMLElement>(`${scope}${inStep} [data-path-control="${control}"]`);
}

export function panelControl(control: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`#${PATH_PANEL_ID} [data-path-control="${control}"]`);
}
