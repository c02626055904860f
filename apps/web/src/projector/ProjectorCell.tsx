import { type CellId, type NoteId, type NoteView, parseCellId, phaseOf } from '@avaa/board-model';
import { type CSSProperties, memo, type Ref } from 'react';
import { dimensionName, phaseName } from '../board/names.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { HyphenatedText } from '../notes/HyphenatedText.tsx';
import { KindBadge } from '../notes/KindBadge.tsx';
import { counted } from '../voting/plural.ts';
import type { ResultRow } from '../voting/voteView.ts';

/** A read-only cell sized for the room; the grid decides the note layout for all cells alike. */
export const ProjectorCell = memo(function ProjectorCell({
  cell,
  notes,
  lines,
  listRef,
  dots,
  blindSpot,
  focused,
}: {
  cell: CellId;
  notes: readonly NoteView[];
  /** Lines a note may take here (the grid's type size, this cell's room). */
  lines: number;
  listRef?: Ref<HTMLUListElement>;
  /** A closed vote's dots and rank per note; null while no results are shown. */
  dots: ReadonlyMap<NoteId, ResultRow> | null;
  /** Empty while the board has notes elsewhere: marked quietly as a possible blind spot. */
  blindSpot: boolean;
  /** The facilitator is showing this cell to everyone. */
  focused: boolean;
}) {
  const t = useT();
  const language = useLanguage();
  const { phase, dimension } = parseCellId(cell);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a cell groups notes, not form fields; a fieldset would suggest a form.
    <div
      role="group"
      aria-label={t('board.cell', { phase: phaseName(phase, language), dimension: dimensionName(dimension, language) })}
      className={`projector-cell${focused ? ' projector-cell--focused' : ''}`}
      data-cell={cell}
    >
      {focused && <span className="projector-cell__focus-tag">{t('gaps.focusedCell')}</span>}
      <ul ref={listRef} className="projector-cell__notes" style={{ '--lines': lines } as CSSProperties}>
        {notes.map((note) => {
          const result = dots?.get(note.id);
          return (
            <li key={note.id} className={`projector-note note--${note.colour} note--kind-${note.kind}`}>
              <span className="projector-note__text">
                {result && (
                  // The rank too: the room sees the order of the results on the table itself.
                  <span className="vote-dots-badge">
                    <span className="vote-dots-badge__rank">{result.rank}.</span>
                    {counted(t, 'vote.dots', result.dots)}
                  </span>
                )}
                <KindBadge kind={note.kind} />
                <HyphenatedText text={note.kind === 'note' ? note.text : ` ${note.text}`} />
              </span>
            </li>
          );
        })}
      </ul>
      {notes.length === 0 && <p className="projector-cell__prompt">{phaseOf(phase).prompt[language]}</p>}
      {blindSpot && <p className="projector-cell__blind-spot">{t('gaps.blindSpot')}</p>}
    </div>
  );
});
