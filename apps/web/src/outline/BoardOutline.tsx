import { cellId, DIMENSIONS, PHASES } from '@avaa/board-model';
import type * as Y from 'yjs';
import { useNotesByCell } from '../doc/useNotesByCell.ts';
import { useLanguage, usePlural, useT } from '../i18n/index.ts';
import { OutlineCell } from './OutlineCell.tsx';
import '../board/board.css';
import './outline.css';

const NO_NOTES: readonly never[] = [];

/**
 * The table as a list, read from top to bottom: each phase a heading with its count, under it
 * its three dimensions with theirs, and their notes. Headings and lists are what blind
 * participants of the Idea11y study found quickest to move through; the same actions as in
 * the table (add, edit, the note's menu with "Move to…") work here.
 */
export function BoardOutline({ doc }: { doc: Y.Doc }) {
  const notes = useNotesByCell(doc);
  const t = useT();
  const counted = usePlural();
  const language = useLanguage();
  return (
    <section className="outline" aria-label={t('outline.label')}>
      {PHASES.map((phase, index) => {
        const cells = DIMENSIONS.map((dimension) => cellId(phase.id, dimension.id));
        const count = counted(
          'count.notes',
          cells.reduce((sum, cell) => sum + (notes.get(cell)?.length ?? 0), 0),
        );
        return (
          <div key={phase.id} className="outline__phase">
            <h2 className="outline__phase-name" aria-label={`${phase.name[language]}, ${count}`}>
              <span className="board__phase-number" aria-hidden="true">
                {index + 1}
              </span>
              {phase.name[language]}
              <span className="outline__count">{count}</span>
            </h2>
            {cells.map((cell) => (
              <OutlineCell key={cell} cell={cell} notes={notes.get(cell) ?? NO_NOTES} />
            ))}
          </div>
        );
      })}
    </section>
  );
}
