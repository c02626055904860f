// biome-ignore-all lint/a11y/useSemanticElements: <table>, <tr> and <td> laid out by a CSS grid (display: contents) lose their table semantics in some browsers; ARIA roles keep them.
// biome-ignore-all lint/a11y/useFocusableInteractive: a table's rows and headers (not a grid's) take no focus; Tab goes to the controls in the cells.
import { cellId, DIMENSIONS, PHASES } from '@avaa/board-model';
import { startTransition, useEffect, useId, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { useNotesByCell } from '../doc/useNotesByCell.ts';
import { boardStats } from '../gaps/cellStats.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { HyphenatedText } from '../notes/HyphenatedText.tsx';
import { PathOverlay } from '../paths/table/PathOverlay.tsx';
import { PhaseMissingButton } from '../paths/table/PhaseMissingButton.tsx';
import { useStage } from '../stage/useFacilitation.ts';
import { useFocusedCell } from '../stage/useFocusedCell.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { useBoard } from './BoardContext.ts';
import { Cell } from './Cell/Cell.tsx';
import { useCellJump } from './useCellJump.ts';
import './board.css';

const NO_NOTES: readonly never[] = [];

/**
 * The customer-process table: phases as columns, dimensions as rows. In the DOM each
 * dimension's heading comes before its five cells, so on narrow screens the rows simply stack.
 *
 * A screen reader meets it as a table (role table, not grid: the cells hold buttons and
 * lists, which a grid's arrow-key model would take over): the phases are its column headers,
 * the dimensions its row headers, and each cell a named group with a list of its notes. The
 * rows take no box of their own (display: contents), so the CSS grid lays out the cells.
 */
export function BoardGrid({ doc }: { doc: Y.Doc }) {
  const notes = useNotesByCell(doc);
  const t = useT();
  const language = useLanguage();
  const workshop = useWorkshop();
  const { board } = useBoard();
  const focused = useFocusedCell(workshop.doc, board);
  // Counts and blind spots compare each cell with the whole board, so they are reckoned here.
  const stage = useStage(workshop.doc);
  const stats = useMemo(() => boardStats(notes, stage), [notes, stage]);
  const ids = useId();
  const jump = useCellJump();
  const grid = useRef<HTMLDivElement>(null);
  const rows = useRowsDrawn();
  return (
    <section className="board" aria-label={t('board.label')}>
      <div className="board__grid" role="table" onKeyDown={jump} ref={grid}>
        <div className="board__row" role="row">
          <div className="board__corner" role="cell">
            <p className="board__keys">{t('jump.keys')}</p>
          </div>
          {PHASES.map((phase, index) => (
            <div
              key={phase.id}
              className="board__phase"
              role="columnheader"
              style={{ gridColumn: index + 2 }}
              data-phase-header={phase.id}
            >
              <span className="board__phase-number" aria-hidden="true">
                {index + 1}
              </span>
              <HyphenatedText text={phase.name[language]} language={language} />
              <PhaseMissingButton phase={phase.id} />
            </div>
          ))}
        </div>
        {DIMENSIONS.slice(0, rows).map((dimension) => (
          <div key={dimension.id} className="board__row" role="row">
            {/* Named by the dimension alone: the question is read with each cell (its description). */}
            <div className="board__dimension" role="rowheader" aria-labelledby={`${ids}-${dimension.id}`}>
              <h2 className="board__dimension-name" id={`${ids}-${dimension.id}`}>
                <HyphenatedText text={dimension.name[language]} language={language} />
              </h2>
              <p className="board__dimension-question">
                <HyphenatedText text={dimension.question[language]} language={language} />
              </p>
            </div>
            {PHASES.map((phase) => {
              const cell = cellId(phase.id, dimension.id);
              const stat = stats.cells.get(cell);
              return (
                <div key={cell} className="board__cell" role="cell">
                  <Cell
                    cell={cell}
                    notes={notes.get(cell) ?? NO_NOTES}
                    gap={stat?.gap ?? 'none'}
                    heat={stat?.heat ?? 0}
                    focused={focused === cell}
                  />
                </div>
              );
            })}
          </div>
        ))}
        <PathOverlay doc={doc} grid={grid} />
      </div>
    </section>
  );
}

/**
 * How many of the dimensions' rows are drawn: the first alone in the board's first render, all of
 * them in a transition just after. The first render is what shows the board and its first "add
 * note"; on a phone the rows below are off the screen and were most of that render's work at 4x
 * (issue 19). The transition yields to input, so a tap meanwhile is not held up.
 */
function useRowsDrawn(): number {
  const [all, setAll] = useState(false);
  useEffect(() => startTransition(() => setAll(true)), []);
  return all ? DIMENSIONS.length : 1;
}
