import { CELL_IDS, type CellId, dimensionOf, parseCellId, phaseOf } from '@avaa/board-model';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useInsideWindow } from '../app/useInsideWindow.ts';
import { cellName, noteLabel } from '../board/names.ts';
import { showCell } from '../board/showCell.ts';
import type { NotesByCell } from '../doc/useNotesByCell.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import type { BoardStats } from './cellStats.ts';

/**
 * The facilitator's list of what the table lacks: the cells marked as possible blind spots
 * (empty or thin), each with its prompts, and the notes people marked as gaps, each a way to
 * the cell. A disclosure over the table, so it takes one line until opened; a click outside,
 * Escape or jumping to a cell closes it.
 */
export function GapsPanel({ notes, stats }: { notes: NotesByCell; stats: BoardStats }) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);
  const jump = (cell: CellId) => {
    setOpen(false);
    showCell(cell);
  };
  const cells = CELL_IDS.filter((cell) => (stats.cells.get(cell)?.gap ?? 'none') !== 'none');
  const gapNotes = CELL_IDS.flatMap((cell) => (notes.get(cell) ?? []).filter((note) => note.kind === 'gap'));
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the panel from any control inside it.
    <div
      className="gaps-panel"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button type="button" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen(!open)}>
        {t('gapsPanel.open', { count: cells.length + gapNotes.length })}
      </button>
      {open && (
        <GapsBody id={`${id}-panel`}>
          <h2 className="gaps-panel__heading">{t('gapsPanel.cells')}</h2>
          {!stats.blindSpots ? (
            <p className="panel__note">{t('gapsPanel.notYet')}</p>
          ) : cells.length === 0 ? (
            <p className="panel__note">{t('gapsPanel.noCells')}</p>
          ) : (
            <ul className="gaps-panel__list">
              {cells.map((cell) => (
                <BlindSpot key={cell} cell={cell} thin={stats.cells.get(cell)?.gap === 'thin'} onJump={jump} />
              ))}
            </ul>
          )}
          <h2 className="gaps-panel__heading">{t('gapsPanel.notes')}</h2>
          {gapNotes.length === 0 ? (
            <p className="panel__note">{t('gapsPanel.noNotes')}</p>
          ) : (
            <ul className="gaps-panel__list">
              {gapNotes.map((note) => (
                <li key={note.id}>
                  <CellLink cell={note.cell} onJump={jump} />
                  <span>{noteLabel(note.text, 120)}</span>
                </li>
              ))}
            </ul>
          )}
        </GapsBody>
      )}
    </div>
  );
}

function BlindSpot({ cell, thin, onJump }: { cell: CellId; thin: boolean; onJump: (cell: CellId) => void }) {
  const t = useT();
  const language = useLanguage();
  const { phase, dimension } = parseCellId(cell);
  return (
    <li>
      <CellLink cell={cell} onJump={onJump} />
      <span className="gaps-panel__why">({t(thin ? 'gapsPanel.thin' : 'gapsPanel.empty')})</span>
      <span className="gaps-panel__prompt">
        {dimensionOf(dimension).question[language]} {phaseOf(phase).prompt[language]}
      </span>
    </li>
  );
}

function CellLink({ cell, onJump }: { cell: CellId; onJump: (cell: CellId) => void }) {
  const t = useT();
  const language = useLanguage();
  const name = cellName(cell, language);
  return (
    <button
      type="button"
      className="gaps-panel__cell"
      aria-label={t('gapsPanel.show', { cell: name })}
      onClick={() => onJump(cell)}
    >
      {name}
    </button>
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
