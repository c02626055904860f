import { cellId, DIMENSIONS, PHASES } from '@avaa/board-model';
import { type CSSProperties, Fragment, useMemo } from 'react';
import type * as Y from 'yjs';
import { useMediaQuery } from '../app/useMediaQuery.ts';
import type { NotesByCell } from '../doc/useNotesByCell.ts';
import { boardStats } from '../gaps/cellStats.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { HyphenatedText } from '../notes/HyphenatedText.tsx';
import '../gaps/gaps.css';
import '../voting/voting.css';
import { fitNotes, readableFontPx } from './fitNotes.ts';
import { ProjectorCell } from './ProjectorCell.tsx';
import { columnsInShare, equalShareSize, trackShares } from './trackShares.ts';
import { longestWordOf, typicalCount, typicalLength } from './typicalNotes.ts';
import { useBoxSize } from './useBoxSize.ts';
import { useShownDots } from './useShownDots.ts';

const NO_NOTES: readonly never[] = [];
const BADGE_CHARS = 14;
/** A cell's padding on both sides (projector.css). */
const CELL_PADDING = 8;

/**
 * A screen this small in CSS px is a zoomed browser (1280x720 at 150 % and more) or a phone: the
 * whole table cannot fit there at a readable size, so it scrolls and shows every note (WCAG
 * 1.4.4). projector.css has the same query.
 */
export const PROJECTOR_SCROLLS = '(max-width: 799px), (max-height: 479px)';

const tracks = (shares: readonly number[]) => shares.map((share) => `minmax(0, ${share.toFixed(3)}fr)`).join(' ');

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
  const { ref: measure, size } = useBoxSize<HTMLDivElement>();
  const scrolls = useMediaQuery(PROJECTOR_SCROLLS);

  const all = [...notes.values()].flat();
  // A results badge ("1. 3 pistettä") takes about this many characters of a note's first line.
  const lengths = all.map((note) => note.text.length + (dots?.has(note.id) ? BADGE_CHARS : 0));
  const longestWord = Math.max(0, ...all.map((note) => longestWordOf(note.text)));
  const counts = [...notes.values()].map((list) => list.length);
  const shares = trackShares(
    DIMENSIONS.map((dimension) => PHASES.map((phase) => notes.get(cellId(phase.id, dimension.id))?.length ?? 0)),
  );
  // The type is fitted to a cell with an equal share; the measured first cell may have more or less.
  const typical = equalShareSize(size, shares.columns[0] ?? 1, shares.rows[0] ?? 1, CELL_PADDING);
  const minFont = readableFontPx(window.innerHeight);
  const layout = scrolls
    ? { columns: 1, fontPx: minFont }
    : fitNotes(typicalCount(counts), typical.width, typical.height, typicalLength(lengths), longestWord, { minFont });
  const style: Record<string, string> = { '--font': `${layout.fontPx}px` };
  if (!scrolls) {
    style['--phase-columns'] = tracks(shares.columns);
    style['--dimension-rows'] = tracks(shares.rows);
  }

  return (
    <main
      className={`projector__grid${scrolls ? ' projector__grid--scrolls' : ''}`}
      aria-label={t('board.label')}
      style={style as CSSProperties}
    >
      <div className="projector__corner" />
      {PHASES.map((phase) => (
        <div key={phase.id} className="projector__phase">
          <HyphenatedText text={phase.name[language]} language={language} />
        </div>
      ))}
      {DIMENSIONS.map((dimension, row) => (
        <Fragment key={dimension.id}>
          <h2 className="projector__dimension">
            <HyphenatedText text={dimension.name[language]} language={language} />
          </h2>
          {PHASES.map((phase, column) => {
            const cell = cellId(phase.id, dimension.id);
            const first = row === 0 && column === 0;
            return (
              <ProjectorCell
                key={cell}
                cell={cell}
                notes={notes.get(cell) ?? NO_NOTES}
                dots={dots}
                blindSpot={stats.cells.get(cell)?.gap === 'empty'}
                fontPx={layout.fontPx}
                columns={scrolls ? 1 : columnsInShare(layout.columns, shares.columns[column] ?? 1)}
                {...(first ? { cellRef: measure } : {})}
              />
            );
          })}
        </Fragment>
      ))}
    </main>
  );
}
