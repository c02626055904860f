import { cellId, DIMENSIONS, type DimensionId, PHASES, type PhaseId } from '@avaa/board-model';
import { addElement, type StructElement } from '../pdf/structureTree.ts';
import type { PrintableBoard, PrintableNote } from '../printable.ts';

/** One phase's card in the structure: a section read heading, card, prompt, dimensions, details. */
export type PhaseTags = {
  readonly heading: StructElement;
  readonly card: StructElement;
  readonly prompt: StructElement;
  readonly dimensions: ReadonlyMap<DimensionId, StructElement>;
  readonly details: StructElement;
};

/**
 * The process cards' structure, built before they are drawn: per phase a section with the phase
 * as H1, the card's kind and title, its prompt, then each dimension as H2 with its notes as a
 * list, and the board's details. A phase continued on a further card stays one section: the
 * repeated heading and prompt there are artifacts.
 */
export type ProcessCardTags = {
  readonly phases: ReadonlyMap<PhaseId, PhaseTags>;
  readonly notes: ReadonlyMap<PrintableNote, StructElement>;
  readonly claimed: Set<StructElement>;
};

export function processCardTags(root: StructElement, board: PrintableBoard): ProcessCardTags {
  const phases = new Map<PhaseId, PhaseTags>();
  const notes = new Map<PrintableNote, StructElement>();
  for (const phase of PHASES) {
    const section = addElement(root, 'Sect');
    const heading = addElement(section, 'H1');
    const card = addElement(section, 'P');
    const prompt = addElement(section, 'P');
    const dimensions = new Map<DimensionId, StructElement>();
    for (const dimension of DIMENSIONS) {
      dimensions.set(dimension.id, addElement(section, 'H2'));
      const cell = board.cells[cellId(phase.id, dimension.id)] ?? [];
      const list = cell.length > 0 ? addElement(section, 'L') : undefined;
      for (const note of cell) if (list) notes.set(note, addElement(addElement(list, 'LI'), 'LBody'));
    }
    phases.set(phase.id, { heading, card, prompt, dimensions, details: addElement(section, 'P') });
  }
  return { phases, notes, claimed: new Set() };
}
