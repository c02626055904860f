import { type CellId, type NoteId, type NoteView, parseCellId, phaseOf } from '@avaa/board-model';
import { type CSSProperties, memo, type Ref } from 'react';
import { dimensionName, phaseName } from '../board/names.ts';
import { useLanguage, usePlural, useT } from '../i18n/index.ts';
import { HyphenatedText } from '../notes/HyphenatedText.tsx';
import { useProjectorReactionsKey } from '../reactions/ProjectorReactions.tsx';
import type { ResultRow } from '../voting/voteView.ts';
import { ProjectorNote } from './ProjectorNote.tsx';
import { useNotesThatFit } from './useNotesThatFit.ts';

/**
 * A read-only cell sized for the room. The grid decides the type size for all cells alike; a
 * cell shows the notes that fit whole at that size and says "+N more" for the rest, calm and
 * still (nothing pages by itself): the facilitator shows the cell to everyone to read them all.
 */
export const ProjectorCell = memo(function ProjectorCell({
  cell,
  notes,
  fontPx,
  columns,
  cellRef,
  dots,
  blindSpot,
}: {
  cell: CellId;
  notes: readonly NoteView[];
  /** The grid's type size: a measuring key, so the fit is redone when it changes. */
  fontPx: number;
  /** Note columns: more than the grid's in a cell widened into the room of empty phases. */
  columns: number;
  cellRef?: Ref<HTMLDivElement>;
  /** A closed vote's dots and rank per note; null while no results are shown. */
  dots: ReadonlyMap<NoteId, ResultRow> | null;
  /** Empty while the board has notes elsewhere: marked quietly as a possible blind spot. */
  blindSpot: boolean;
}) {
  const t = useT();
  const counted = usePlural();
  const language = useLanguage();
  const { phase, dimension } = parseCellId(cell);
  const reactions = useProjectorReactionsKey(notes);
  const key = `${fontPx}|${columns}|${notes.map((note) => `${note.id}:${note.kind}:${note.text}`).join('\n')}|${dots?.size}|${reactions}`;
  const fit = useNotesThatFit(key);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a cell groups notes, not form fields; a fieldset would suggest a form.
    <div
      ref={cellRef}
      role="group"
      aria-label={t('board.cell', { phase: phaseName(phase, language), dimension: dimensionName(dimension, language) })}
      className="projector-cell"
      data-cell={cell}
    >
      <ul ref={fit.ref} className="projector-cell__notes" style={{ '--columns': columns } as CSSProperties}>
        {notes.map((note) => (
          <ProjectorNote key={note.id} note={note} result={dots?.get(note.id)} />
        ))}
      </ul>
      {fit.hidden > 0 && (
        <div className="projector-more" title={counted('projector.moreLabel', fit.hidden)}>
          {t('projector.more', { count: fit.hidden })}
        </div>
      )}
      {notes.length === 0 && (
        <p className="projector-cell__prompt">
          <HyphenatedText text={phaseOf(phase).prompt[language]} language={language} />
        </p>
      )}
      {blindSpot && <p className="projector-cell__blind-spot">{t('gaps.blindSpot')}</p>}
    </div>
  );
});
