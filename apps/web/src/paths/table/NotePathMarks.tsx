import type { NoteId } from '@avaa/board-model';
import { useLanguage, usePlural, useT } from '../../i18n/index.ts';
import { pathInkStyle } from '../pathLook.ts';
import { useNoteMarks } from './drawingContext.ts';
import { LIST_FORMATS } from './listFormat.ts';

/**
 * A note's chips for the shown paths using it: the path's letter and the steps' numbers ("A 1·4")
 * in its colour, read as "Käytössä poluilla: Kertakävijä (vaihe 1)".
 */
export function NotePathMarks({ note }: { note: NoteId }) {
  const t = useT();
  const plural = usePlural();
  const language = useLanguage();
  const marks = useNoteMarks(note);
  if (marks.length === 0) return null;
  const list = LIST_FORMATS[language];
  const spoken = marks.map((mark) =>
    plural('pathDrawing.usedByPath', mark.steps.length, { name: mark.name, list: list.format(mark.steps.map(String)) }),
  );
  return (
    <p className="note-paths" data-note-paths="">
      <span className="visually-hidden">{t('pathDrawing.usedBy', { paths: list.format(spoken) })}</span>
      {marks.map((mark) => (
        <span
          key={mark.path}
          className="note-paths__chip"
          style={pathInkStyle(mark.colour)}
          aria-hidden="true"
          title={mark.name}
        >
          <span className="note-paths__letter">{mark.letter}</span>
          {mark.steps.join('·')}
        </span>
      ))}
    </p>
  );
}
