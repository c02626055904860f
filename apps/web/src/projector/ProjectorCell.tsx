import { type CellId, type NoteView, parseCellId, phaseOf } from '@avaa/board-model';
import { type CSSProperties, memo, type Ref } from 'react';
import { dimensionName, phaseName } from '../board/names.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { KindBadge } from '../notes/KindBadge.tsx';

/** A read-only cell sized for the room; the grid decides the note layout for all cells alike. */
export const ProjectorCell = memo(function ProjectorCell({
  cell,
  notes,
  lines,
  listRef,
}: {
  cell: CellId;
  notes: readonly NoteView[];
  /** Lines a note may take here (the grid's type size, this cell's room). */
  lines: number;
  listRef?: Ref<HTMLUListElement>;
}) {
  const t = useT();
  const language = useLanguage();
  const { phase, dimension } = parseCellId(cell);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a cell groups notes, not form fields; a fieldset would suggest a form.
    <div
      role="group"
      aria-label={t('board.cell', { phase: phaseName(phase, language), dimension: dimensionName(dimension, language) })}
      className="projector-cell"
    >
      <ul ref={listRef} className="projector-cell__notes" style={{ '--lines': lines } as CSSProperties}>
        {notes.map((note) => (
          <li key={note.id} className={`projector-note note--${note.colour} note--kind-${note.kind}`}>
            <span className="projector-note__text">
              <KindBadge kind={note.kind} />
              {note.kind === 'note' ? note.text : ` ${note.text}`}
            </span>
          </li>
        ))}
      </ul>
      {notes.length === 0 && <p className="projector-cell__prompt">{phaseOf(phase).prompt[language]}</p>}
    </div>
  );
});
