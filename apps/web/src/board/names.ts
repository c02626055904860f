import {
  type CellId,
  type DimensionId,
  dimensionOf,
  type Language,
  type PhaseId,
  parseCellId,
  phaseOf,
} from '@avaa/board-model';

/** Names in the domain's words, for labels and screen-reader announcements. */
export function phaseName(phase: PhaseId, language: Language): string {
  return phaseOf(phase).name[language];
}

export function dimensionName(dimension: DimensionId, language: Language): string {
  return dimensionOf(dimension).name[language];
}

/** "Alkuvaihe – Toimenpiteet ja palvelut": how a cell is named to people (never by its id). */
export function cellName(cell: CellId, language: Language): string {
  const { phase, dimension } = parseCellId(cell);
  return `${phaseName(phase, language)} – ${dimensionName(dimension, language)}`;
}

const NOTE_LABEL_LENGTH = 40;

/** A note named by its text, shortened for buttons and announcements. */
export function noteLabel(text: string, length = NOTE_LABEL_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= length ? flat : `${chars.slice(0, length - 1).join('')}…`;
}
