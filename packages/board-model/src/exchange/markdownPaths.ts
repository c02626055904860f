import { type Language, phaseOf } from '../template.ts';
import { PATH_WORDS, RISK_KIND_WORDS } from '../wording.ts';
import { escapeMarkdown } from './escapeMarkdown.ts';
import { type ShownPath, type ShownStep, shownPaths } from './pathRows.ts';
import type { ExportedBoard } from './types.ts';

const WORDS = {
  fi: { skipped: 'Ohitetut vaiheet', none: '(ei askelia)' },
  sv: { skipped: 'Överhoppade skeden', none: '(inga steg)' },
  en: { skipped: 'Skipped phases', none: '(no steps)' },
} as const satisfies Record<Language, Record<string, string>>;

/**
 * A board's service paths, each a numbered list of its steps ("1. Alkuvaihe: Ohjaamon
 * palveluohjaus"), missing services and risks marked, then the phases it skips. Nothing for a
 * board without paths.
 */
export function pathLines(board: ExportedBoard, language: Language): string[] {
  const paths = shownPaths(board);
  if (paths.length === 0) return [];
  return [`### ${PATH_WORDS[language].paths}`, '', ...paths.flatMap((path) => onePath(path, language))];
}

function onePath({ path, steps, skippedPhases }: ShownPath, language: Language): string[] {
  const lines = [`#### ${escapeMarkdown(path.name)}`, ''];
  if (path.description !== '') lines.push(block(path.description), '');
  lines.push(...(steps.length > 0 ? steps.map((step) => stepLine(step, language)) : [WORDS[language].none]), '');
  if (steps.length > 0 && skippedPhases.length > 0) {
    const names = skippedPhases.map((phase) => phaseOf(phase).name[language]);
    lines.push(`${WORDS[language].skipped}: ${names.join(', ')}`, '');
  }
  return lines;
}

function stepLine({ number, step, note, text }: ShownStep, language: Language): string {
  const words = PATH_WORDS[language];
  const parts = [`${number}. ${phaseOf(step.phase).name[language]}:`];
  if (text !== '') parts.push(block(text));
  if (!note) parts.push(`*(${words.missingService})*`);
  if (step.risk) {
    const reason = step.risk.reason === '' ? '' : ` (${escapeMarkdown(step.risk.reason)})`;
    parts.push(`— ${words.risk}: ${RISK_KIND_WORDS[language][step.risk.kind]}${reason}`);
  }
  return parts.join(' ');
}

/** A text's own line breaks stay inside its list item. */
function block(text: string): string {
  return escapeMarkdown(text).replace(/\n/g, '  \n   ');
}
