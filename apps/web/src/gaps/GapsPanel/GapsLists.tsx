import { type CellId, dimensionOf, type NoteView, parseCellId, phaseOf } from '@avaa/board-model';
import { cellName, noteLabel } from '../../board/names.ts';
import { useLanguage, useT } from '../../i18n/index.ts';
import type { BoardStats } from '../cellStats.ts';

type Jump = (cell: CellId) => void;

/** The cells marked as possible blind spots, once the table has enough notes to tell. */
export function BlindSpots({ cells, stats, onJump }: { cells: readonly CellId[]; stats: BoardStats; onJump: Jump }) {
  const t = useT();
  return (
    <>
      <h2 className="gaps-panel__heading">{t('gapsPanel.cells')}</h2>
      {!stats.blindSpots ? (
        <p className="panel__note">{t('gapsPanel.notYet')}</p>
      ) : cells.length === 0 ? (
        <p className="panel__note">{t('gapsPanel.noCells')}</p>
      ) : (
        <ul className="gaps-panel__list">
          {cells.map((cell) => (
            <BlindSpot key={cell} cell={cell} thin={stats.cells.get(cell)?.gap === 'thin'} onJump={onJump} />
          ))}
        </ul>
      )}
    </>
  );
}

/** The notes people marked as gaps, each with its cell. */
export function GapNotes({ notes, onJump }: { notes: readonly NoteView[]; onJump: Jump }) {
  const t = useT();
  return (
    <>
      <h2 className="gaps-panel__heading">{t('gapsPanel.notes')}</h2>
      {notes.length === 0 ? (
        <p className="panel__note">{t('gapsPanel.noNotes')}</p>
      ) : (
        <ul className="gaps-panel__list">
          {notes.map((note) => (
            <li key={note.id}>
              <CellLink cell={note.cell} onJump={onJump} />
              <span>{noteLabel(note.text, 120)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function BlindSpot({ cell, thin, onJump }: { cell: CellId; thin: boolean; onJump: Jump }) {
  const t = useT();
  const language = useLanguage();
  const { phase, dimension } = parseCellId(cell);
  return (
    <li>
      <CellLink cell={cell} onJump={onJump} />
      <span className="gaps-panel__why">({t(thin ? 'gapsPanel.thin' : 'gapsPanel.empty')})</span>
      <span className="gaps-panel__prompt">
        {dimensionOf(dimension).question[language]} {phaseOf(phase).prompt[language]}
      </span>
    </li>
  );
}

function CellLink({ cell, onJump }: { cell: CellId; onJump: Jump }) {
  const t = useT();
  const language = useLanguage();
  const name = cellName(cell, language);
  return (
    <button
      type="button"
      className="gaps-panel__cell"
      aria-label={t('gapsPanel.show', { cell: name })}
      onClick={() => onJump(cell)}
    >
      {name}
    </button>
  );
}
