import { cellId, DIMENSIONS, PHASES } from '@avaa/board-model';
import { Fragment, useMemo } from 'react';
import type * as Y from 'yjs';
import { useNotesByCell } from '../doc/useNotesByCell.ts';
import { boardStats } from '../gaps/cellStats.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { HyphenatedText } from '../notes/HyphenatedText.tsx';
import { useStage } from '../stage/useFacilitation.ts';
import { useFocusedCell } from '../stage/useFocusedCell.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { useBoard } from './BoardContext.ts';
import { Cell } from './Cell.tsx';
import './board.css';

const NO_NOTES: readonly never[] = [];

/**
 * The customer-process table: phases as columns, dimensions as rows. In the DOM each
 * dimension's heading comes before its five cells, so on narrow screens the rows simply stack.
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
  return (
    <section className="board" aria-label={t('board.label')}>
      <div className="board__grid">
        <div className="board__corner" />
        {PHASES.map((phase, index) => (
          <div key={phase.id} className="board__phase" style={{ gridColumn: index + 2 }}>
            <span className="board__phase-number" aria-hidden="true">
              {index + 1}
            </span>
            <HyphenatedText text={phase.name[language]} language={language} />
          </div>
        ))}
        {DIMENSIONS.map((dimension) => (
          <Fragment key={dimension.id}>
            <div className="board__dimension">
              <h2 className="board__dimension-name">
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
                <Cell
                  key={cell}
                  cell={cell}
                  notes={notes.get(cell) ?? NO_NOTES}
                  gap={stat?.gap ?? 'none'}
                  heat={stat?.heat ?? 0}
                  focused={focused === cell}
                />
              );
            })}
          </Fragment>
        ))}
      </div>
    </section>
  );
}
