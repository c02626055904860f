import { isPhaseId, type NoteId, type PhaseId } from '@avaa/board-model';
import { type RefObject, useEffect, useState } from 'react';
import { type Box, sameLayout, type TableLayout } from './geometry.ts';

export type MeasuredLayout = TableLayout & { readonly width: number; readonly height: number };

const EMPTY: MeasuredLayout = { notes: new Map(), phases: new Map(), width: 0, height: 0 };

/**
 * Where the wanted notes and the phase headers are inside `grid`, re-measured at most once a
 * frame after anything that can move them: the grid resizing (the window, a cell growing or
 * collapsing), a note added, moved or edited (the DOM under the grid changing), fonts loading.
 * Scrolling moves the overlay with the grid, so it needs no measuring. `overlay` is left out of
 * the watched changes (its own drawing must not wake it).
 */
export function usePathLayout(
  grid: RefObject<HTMLElement | null>,
  overlay: RefObject<Element | null>,
  wanted: readonly NoteId[],
): MeasuredLayout {
  const [layout, setLayout] = useState<MeasuredLayout>(EMPTY);
  const key = wanted.join(' ');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `wanted`, compared by content.
  useEffect(() => {
    const element = grid.current;
    if (!element || wanted.length === 0) {
      setLayout(EMPTY);
      return;
    }
    let frame = 0;
    const measureNow = () => {
      frame = 0;
      const next = measure(element, wanted);
      setLayout((old) =>
        old.width === next.width && old.height === next.height && sameLayout(old, next) ? old : next,
      );
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measureNow);
    };
    const resize = new ResizeObserver(schedule);
    resize.observe(element);
    const mutations = new MutationObserver((records) => {
      if (records.some((record) => !overlay.current?.contains(record.target))) schedule();
    });
    mutations.observe(element, { childList: true, subtree: true, characterData: true });
    window.addEventListener('resize', schedule);
    document.fonts?.addEventListener('loadingdone', schedule);
    schedule();
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      mutations.disconnect();
      window.removeEventListener('resize', schedule);
      document.fonts?.removeEventListener('loadingdone', schedule);
    };
  }, [grid, overlay, key]);
  return layout;
}

/** One read of the layout: the grid's box, the wanted notes' and the phase headers', no writes between. */
function measure(grid: HTMLElement, wanted: readonly NoteId[]): MeasuredLayout {
  const origin = grid.getBoundingClientRect();
  const relative = (element: Element): Box | undefined => {
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return undefined;
    return { left: box.left - origin.left, top: box.top - origin.top, width: box.width, height: box.height };
  };
  const notes = new Map<NoteId, Box>();
  for (const id of new Set(wanted)) {
    const element = grid.querySelector(`[data-note-id="${CSS.escape(id)}"]`);
    const box = element && relative(element);
    if (box) notes.set(id, box);
  }
  const phases = new Map<PhaseId, Box>();
  for (const element of grid.querySelectorAll<HTMLElement>('[data-phase-header]')) {
    const phase = element.dataset.phaseHeader;
    const box = relative(element);
    // A phone hides the headers (1 px, clipped): no column to put a missing service at.
    if (isPhaseId(phase) && box && box.width > 1) phases.set(phase, box);
  }
  return { notes, phases, width: origin.width, height: origin.height };
}
