import { type CellId, cellId, DIMENSIONS, type Dimension, type NoteId, PHASES } from '@avaa/board-model';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import type { NotesByCell } from '../../doc/useNotesByCell.ts';
import { type BoardStats, boardStats } from '../../gaps/cellStats.ts';
import { useLanguage, useT } from '../../i18n/index.ts';
import { HyphenatedText } from '../../notes/HyphenatedText.tsx';
import '../../gaps/gaps.css';
import '../../voting/voting.css';
import type { ResultRow } from '../../voting/voteView.ts';
import { ProjectorCell } from '../ProjectorCell.tsx';
import { useShownDots } from '../useShownDots.ts';
import { type GridLayout, useGridLayout } from './gridLayout.ts';

const NO_NOTES: readonly never[] = [];

/**
 * The whole table on one screen, one type size for every cell (it reads calmer than each cell
 * zooming on its own), never below what the back of the room can read. The size is fitted to a
 * typical cell, not the fullest: after a merge one cell may hold 16 notes, and shrinking every
 * note for it made the whole table unreadable. The full cell grows instead into the room of
 * empty phases and dimensions (trackShares), and shows "+N more" for what still does not fit.
 */
export type ProjectorGridProps = {
  readonly notes: NotesByCell;
  /** The shown board's document (votes live in the common table's). */
  readonly doc: Y.Doc;
};

export function ProjectorGrid({ notes, doc }: ProjectorGridProps) {
  const t = useT();
  const language = useLanguage();
  const dots = useShownDots(doc);
  const stats = useMemo(() => boardStats(notes), [notes]);
  const layout = useGridLayout(notes, dots);
  return (
    <main
      className={`projector__grid${layout.scrolls ? ' projector__grid--scrolls' : ''}`}
      aria-label={t('board.label')}
      style={layout.style}
    >
      <div className="projector__corner" />
      {PHASES.map((phase) => (
        <div key={phase.id} className="projector__phase">
          <HyphenatedText text={phase.name[language]} language={language} />
        </div>
      ))}
      {DIMENSIONS.map((dimension, row) => (
        <DimensionRow
          key={dimension.id}
          dimension={dimension}
          row={row}
          notes={notes}
          dots={dots}
          stats={stats}
          layout={layout}
        />
      ))}
    </main>
  );
}

type DimensionRowProps = {
  readonly dimension: Dimension;
  readonly row: number;
  readonly notes: NotesByCell;
  readonly dots: ReadonlyMap<NoteId, ResultRow> | null;
  readonly stats: BoardStats;
  readonly layout: GridLayout;
};

/** A dimension's heading and its cells across the phases; the table's first cell is measured. */
function DimensionRow({ dimension, row, notes, dots, stats, layout }: DimensionRowProps) {
  const language = useLanguage();
  const cellProps = (cell: CellId, column: number) => ({
    cell,
    notes: notes.get(cell) ?? NO_NOTES,
    dots,
    blindSpot: stats.cells.get(cell)?.gap === 'empty',
    fontPx: layout.fontPx,
    columns: layout.columnsIn(column),
    ...(row === 0 && column === 0 ? { cellRef: layout.measure } : {}),
  });
  return (
    <>
      <h2 className="projector__dimension">
        <HyphenatedText text={dimension.name[language]} language={language} />
      </h2>
      {PHASES.map((phase, column) => {
        const cell = cellId(phase.id, dimension.id);
        return <ProjectorCell key={cell} {...cellProps(cell, column)} />;
      })}
    </>
  );
}
