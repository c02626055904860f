import { CELL_IDS, type CellId } from '@avaa/board-model';
import { type ReactNode, useId, useRef } from 'react';
import { useInsideWindow } from '../../app/useInsideWindow.ts';
import { showCell } from '../../board/showCell.ts';
import type { NotesByCell } from '../../doc/useNotesByCell.ts';
import { useT } from '../../i18n/index.ts';
import type { BoardStats } from '../cellStats.ts';
import { BlindSpots, GapNotes } from './GapsLists.tsx';
import { useDisclosure } from './useDisclosure.ts';

/**
 * The facilitator's list of what the table lacks: the cells marked as possible blind spots
 * (empty or thin), each with its prompts, and the notes people marked as gaps, each a way to
 * the cell. A disclosure over the table, so it takes one line until opened; a click outside,
 * Escape or jumping to a cell closes it.
 */
export function GapsPanel({ notes, stats }: { notes: NotesByCell; stats: BoardStats }) {
  const t = useT();
  const id = useId();
  const { open, setOpen, root, onKeyDown } = useDisclosure();
  const jump = (cell: CellId) => {
    setOpen(false);
    showCell(cell);
  };
  const cells = CELL_IDS.filter((cell) => (stats.cells.get(cell)?.gap ?? 'none') !== 'none');
  const gapNotes = CELL_IDS.flatMap((cell) => (notes.get(cell) ?? []).filter((note) => note.kind === 'gap'));
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the panel from any control inside it.
    <div className="gaps-panel" ref={root} onKeyDown={onKeyDown}>
      <button type="button" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen(!open)}>
        {t('gapsPanel.open', { count: cells.length + gapNotes.length })}
      </button>
      {open && (
        <GapsBody id={`${id}-panel`}>
          <BlindSpots cells={cells} stats={stats} onJump={jump} />
          <GapNotes notes={gapNotes} onJump={jump} />
        </GapsBody>
      )}
    </div>
  );
}

/** The open list, kept inside the window. */
function GapsBody({ id, children }: { id: string; children: ReactNode }) {
  const body = useRef<HTMLDivElement>(null);
  useInsideWindow(body);
  return (
    <div id={id} ref={body} className="gaps-panel__body">
      {children}
    </div>
  );
}
