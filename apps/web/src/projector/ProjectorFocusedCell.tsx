import { type CellId, type NoteView, parseCellId, phaseOf } from '@avaa/board-model';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { dimensionName, phaseName } from '../board/names.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { useProjectorReactionsKey } from '../reactions/ProjectorReactions.tsx';
import { readableFontPx } from './fitNotes.ts';
import { ProjectorNote } from './ProjectorNote.tsx';
import { useLargestFit } from './useLargestFit.ts';
import { useShownDots } from './useShownDots.ts';

/**
 * "Show this cell to everyone": the cell fills the screen, its name above the notes (never over
 * them), the notes as large as they all fit, never smaller than a third above the table's
 * readable size (24 px at 720 lines).
 */
export function ProjectorFocusedCell({ cell, notes, doc }: { cell: CellId; notes: readonly NoteView[]; doc: Y.Doc }) {
  const t = useT();
  const language = useLanguage();
  const { phase, dimension } = parseCellId(cell);
  const dots = useShownDots(doc);
  const readable = readableFontPx(window.innerHeight);
  const range = useMemo(() => ({ min: Math.round((readable * 4) / 3), max: readable * 3 }), [readable]);
  const reactions = useProjectorReactionsKey(notes);
  const key = `${notes.map((note) => `${note.id}:${note.kind}:${note.text}`).join('\n')}|${dots?.size}|${reactions}`;
  const { ref, fitted } = useLargestFit(key, range);
  const name = t('board.cell', { phase: phaseName(phase, language), dimension: dimensionName(dimension, language) });

  return (
    <main className="projector-focus">
      <h2 className="projector-focus__heading">
        <span className="projector-focus__phase">{phaseName(phase, language)}</span>
        <span className="projector-focus__dimension">{dimensionName(dimension, language)}</span>
      </h2>
      {/* biome-ignore lint/a11y/useSemanticElements: a cell groups notes, not form fields. */}
      <div role="group" aria-label={name} className="projector-focus__cell" data-cell={cell} data-font={fitted.fontPx}>
        <ul ref={ref} className="projector-cell__notes projector-focus__notes">
          {notes.map((note) => (
            <ProjectorNote key={note.id} note={note} result={dots?.get(note.id)} />
          ))}
        </ul>
        {notes.length === 0 && <p className="projector-focus__prompt">{phaseOf(phase).prompt[language]}</p>}
        {fitted.hidden > 0 && (
          <div className="projector-more projector-more--focus" style={{ fontSize: fitted.fontPx }}>
            {t('projector.more', { count: fitted.hidden })}
          </div>
        )}
      </div>
    </main>
  );
}
