import { CELL_IDS, EXPORT_FORMAT, EXPORT_VERSION, spreadKeys, type WorkshopExport } from '@avaa/board-model';

/** A phrase about a service, padded to `length` code points. */
function serviceText(i: number, length: number): string {
  const phrase = `Palvelu ${i}: matalan kynnyksen ohjaus, työparityö ja verkostotapaaminen. `;
  return phrase
    .repeat(Math.ceil(length / phrase.length))
    .slice(0, length)
    .trim();
}

/**
 * A valid export whose common table holds `notes` notes of `textLength` characters, spread over
 * the 15 cells: as large a workshop as someone could import to make printing it slow.
 */
export function bigExport(notes: number, textLength = 200): WorkshopExport {
  const perCell = Math.ceil(notes / CELL_IDS.length);
  const keys = spreadKeys(perCell);
  const list = Array.from({ length: notes }, (_, i) => ({
    id: i.toString(36).padStart(12, '0') as never,
    cell: CELL_IDS[i % CELL_IDS.length]!,
    order: keys[Math.floor(i / CELL_IDS.length)]!,
    text: serviceText(i, textLength),
    colour: 'yellow' as const,
    kind: 'note' as const,
    createdAt: 1_764_000_000_000 + i,
    deleted: false,
    sources: [],
    stackedInto: null,
  }));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    workshop: { title: 'Ohjaamo Vantaa: asiakasprosessi', language: 'fi', createdAt: 1_764_000_000_000 },
    people: [],
    groups: [],
    boards: { plenary: { notes: list }, groups: {} },
  };
}
