import { cellId, DIMENSIONS, PHASES } from '@avaa/board-model';
import type { BoardRef } from '@avaa/protocol';
import { type CSSProperties, Fragment, useCallback, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import type { NotesByCell } from '../doc/useNotesByCell.ts';
import { boardStats } from '../gaps/cellStats.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { HyphenatedText } from '../notes/HyphenatedText.tsx';
import { useFocusedCell } from '../stage/useFocusedCell.ts';
import { type ResultRow, readVoteState, resultRows } from '../voting/voteView.ts';
import '../gaps/gaps.css';
import '../voting/voting.css';
import { fitNotes, linesInCell } from './fitNotes.ts';
import { ProjectorCell } from './ProjectorCell.tsx';

const NO_NOTES: readonly never[] = [];
const BADGE_CHARS = 14;

/**
 * The whole table on one screen. All cells are the same size, so one layout (columns, font
 * size, lines per note) fitted to the fullest cell serves every cell: the type is the same
 * size everywhere, which reads calmer than each cell zooming on its own.
 */
export type ProjectorGridProps = {
  readonly notes: NotesByCell;
  /** The shown board's document (votes live in the common table's). */
  readonly doc: Y.Doc;
  /** The workshop's document (the facilitator's focus). */
  readonly workshopDoc: Y.Doc;
  readonly board: BoardRef;
};

/** A closed vote's dots and rank per note, for the room to see; nothing while a vote is open. */
function readShownDots(doc: Y.Doc): readonly ResultRow[] | null {
  const results = readVoteState(doc).results;
  return results ? resultRows(results.perNote, () => undefined) : null;
}

export function ProjectorGrid({ notes, doc, workshopDoc, board }: ProjectorGridProps) {
  const t = useT();
  const language = useLanguage();
  const focused = useFocusedCell(workshopDoc, board);
  const shownDots = useDocSnapshot(doc, readShownDots);
  const dots = useMemo(() => (shownDots ? new Map(shownDots.map((row) => [row.note, row])) : null), [shownDots]);
  const stats = useMemo(() => boardStats(notes), [notes]);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const observer = useRef<ResizeObserver | null>(null);
  const measure = useCallback((element: HTMLUListElement | null) => {
    observer.current?.disconnect();
    if (!element) return;
    observer.current = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.current.observe(element);
  }, []);

  const counts = [...notes.values()].map((list) => list.length);
  // A results badge ("1. 3 pistettä") takes about this many characters of a note's first line.
  const lengths = [...notes.values()].flat().map((note) => note.text.length + (dots?.has(note.id) ? BADGE_CHARS : 0));
  const longestWord = Math.max(0, ...[...notes.values()].flat().map((note) => longestWordOf(note.text)));
  const layout = fitNotes(Math.max(0, ...counts), size.width, size.height, typicalLength(lengths), longestWord);
  const style = {
    '--columns': layout.columns,
    '--font': `${layout.fontPx}px`,
    '--lines': layout.lines,
  } as CSSProperties;

  return (
    <main className="projector__grid" aria-label={t('board.label')} style={style}>
      <div className="projector__corner" />
      {PHASES.map((phase) => (
        <div key={phase.id} className="projector__phase">
          {phase.name[language]}
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
                focused={focused === cell}
                lines={linesInCell(layout, notes.get(cell)?.length ?? 0, size.height)}
                {...(first ? { listRef: measure } : {})}
              />
            );
          })}
        </Fragment>
      ))}
    </main>
  );
}

/** Long enough for most notes (the 80th percentile), so one essay does not shrink all type. */
function typicalLength(lengths: number[]): number {
  if (lengths.length === 0) return 40;
  const sorted = [...lengths].sort((a, b) => a - b);
  const p80 = sorted[Math.floor((sorted.length - 1) * 0.8)] ?? 40;
  return Math.min(140, Math.max(20, p80));
}

function longestWordOf(text: string): number {
  return Math.max(0, ...text.split(/[\s/–-]+/).map((word) => Array.from(word).length));
}
