import type { PhaseId } from '@avaa/board-model';
import { phaseName } from '../../board/names.ts';
import { useLanguage, useT } from '../../i18n/index.ts';
import { useDrawing } from './drawingContext.ts';

/** In a phase's column header while a path is drawn: adds a missing service in that phase. */
export function PhaseMissingButton({ phase }: { phase: PhaseId }) {
  const t = useT();
  const language = useLanguage();
  const drawing = useDrawing();
  if (!drawing) return null;
  return (
    <button
      type="button"
      className="path-phase-missing"
      aria-label={t('pathDrawing.missingIn', { phase: phaseName(phase, language) })}
      onClick={() => drawing.askMissing(phase)}
    >
      {t('pathDrawing.missingShort')}
    </button>
  );
}
