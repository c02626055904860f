import { type CellId, cellId, DIMENSIONS, PHASES } from '@avaa/board-model';
import { addElement, SCOPE, type StructElement } from '../pdf/structureTree.ts';
import type { PrintableNote } from '../printable.ts';

/**
 * The table's logical structure, built before it is drawn: the title (H1), the details (P) and
 * a Table read phase by phase. Its first row holds the dimensions (name and question) as column
 * headers; then each phase is a row: the phase as row header, then its three cells in the
 * dimensions' order, each a list of its notes in board order. A screen reader so reads phase,
 * dimension, notes, and announces each cell's dimension and its question from the header.
 */
export type TableTags = {
  readonly title: StructElement;
  readonly details: StructElement;
  readonly phases: readonly StructElement[];
  readonly dimensions: readonly StructElement[];
  readonly cells: ReadonlyMap<CellId, StructElement>;
  /** Each note's list item body, by the note drawn. */
  readonly notes: Map<PrintableNote, StructElement>;
  /** What has been drawn as content once: a later page's or sheet's copy is an artifact. */
  readonly claimed: Set<StructElement>;
};

export function tableTags(root: StructElement): TableTags {
  const title = addElement(root, 'H1');
  const details = addElement(root, 'P');
  const table = addElement(root, 'Table');
  const head = addElement(table, 'TR');
  addElement(head, 'TD'); // the corner: the grid's first row has a cell over the phases' headers too
  const dimensions = DIMENSIONS.map(() => addElement(head, 'TH', { attributes: SCOPE.column }));
  const cells = new Map<CellId, StructElement>();
  const phases = PHASES.map((phase) => {
    const row = addElement(table, 'TR');
    const header = addElement(row, 'TH', { attributes: SCOPE.row });
    for (const dimension of DIMENSIONS) cells.set(cellId(phase.id, dimension.id), addElement(row, 'TD'));
    return header;
  });
  return { title, details, phases, dimensions, cells, notes: new Map(), claimed: new Set() };
}

/** Each cell's notes as a list in board order, one item per note. */
export function addNotes(tags: TableTags, cells: Readonly<Partial<Record<CellId, readonly PrintableNote[]>>>): void {
  for (const [cell, td] of tags.cells) {
    const notes = cells[cell] ?? [];
    if (notes.length === 0) continue;
    const list = addElement(td, 'L');
    for (const note of notes) tags.notes.set(note, addElement(addElement(list, 'LI'), 'LBody'));
  }
}

/** The element the first time it is drawn; afterwards nothing, so the copy is drawn as an artifact. */
export function claim(
  tags: { readonly claimed: Set<StructElement> },
  element: StructElement,
): StructElement | undefined {
  if (tags.claimed.has(element)) return undefined;
  tags.claimed.add(element);
  return element;
}
