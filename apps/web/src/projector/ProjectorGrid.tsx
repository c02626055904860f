import { cellId, DIMENSIONS, PHASES } from '@avaa/board-model';
import type { BoardRef } from '@avaa/protocol';
import { type CSSProperties, Fragment, useCallback, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { NotesByCell } from '../doc/useNotesByCell.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { fitNotes, linesInCell } from './fitNotes.ts';
import { ProjectorCell } from './ProjectorCell.tsx';

const NO_NOTES: readonly never[] = [];

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

export function ProjectorGrid({ notes }: ProjectorGridProps) {
  const t = useT();
  const language = useLanguage();
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
  const lengths = [...notes.values()].flat().map((note) => note.text.length);
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
          <h2 className="projector__dimension">{dimension.name[language]}</h2>
          {PHASES.map((phase, column) => {
            const cell = cellId(phase.id, dimension.id);
            const first = row === 0 && column === 0;
            return (
              <ProjectorCell
                key={cell}
                cell={cell}
                notes={notes.get(cell) ?? NO_NOTES}
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
