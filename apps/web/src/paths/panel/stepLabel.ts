import { type Language, PATH_WORDS, RISK_KIND_WORDS, type StepView } from '@avaa/board-model';
import { noteLabel, phaseName } from '../../board/names.ts';
import type { Translate } from '../../i18n/index.ts';

const STEP_TEXT_LENGTH = 80;

/** What a step shows: its phase, its service (the note's text, or the free step's), and what kind it is. */
export function stepParts(step: StepView, t: Translate, language: Language) {
  const missing = PATH_WORDS[language].missingService;
  return {
    phase: phaseName(step.phase, language),
    text: noteLabel(step.note ? step.note.text : step.text, STEP_TEXT_LENGTH),
    kind: step.note ? t('pathPanel.linked') : step.noteId ? `${missing}, ${t('pathPanel.noteGone')}` : missing,
    risk: step.risk ? RISK_KIND_WORDS[language][step.risk.kind] : null,
  };
}

/**
 * A step as a screen reader says it: "Vaihe 2/5, Alkuvaihe: Walk-in-ohjaus (linkitetty lappu)",
 * a free step as a missing service, and its risk after it.
 */
export function stepLabel(step: StepView, index: number, count: number, t: Translate, language: Language): string {
  const parts = stepParts(step, t, language);
  const label = t('pathPanel.stepLabel', { index, count, phase: parts.phase, text: `${parts.text} (${parts.kind})` });
  if (!parts.risk) return label;
  const reason = step.risk?.reason ? ` – ${step.risk.reason}` : '';
  return `${label}; ${t('pathPanel.riskLabel', { risk: `${parts.risk}${reason}` })}`;
}
