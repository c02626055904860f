/**
 * How long the spreadsheet exports take and how big they are: `npx node bench/exportXlsx.ts`
 * (`--quick`: small sizes). A workshop whose common table holds 2,000 notes (the bound of a
 * board) and 10 group boards of 300, each note with a comment, 30 agreements and a closed vote:
 * the CSV and the .xlsx (the same rows, `workshopSheets` then write-excel-file) from the same
 * export. Prints a table and writes bench/results/exportXlsx.json. No pass/fail: a report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { CELL_IDS, type ExportedBoard, exportCsv, type NoteId, type WorkshopExport } from '@avaa/board-model';
import { renderWorkbook } from '../server/src/jobs/workbook.ts';

const quick = process.argv.includes('--quick');
const PLENARY = quick ? 200 : 2000;
const GROUPS = quick ? 2 : 10;
const PER_GROUP = quick ? 50 : 300;
const TEXT = 'Matalan kynnyksen päivystys ti ja to; parityö sosiaaliohjaajan ja uravalmentajan kesken';

function board(prefix: string, count: number): ExportedBoard {
  const notes = Array.from({ length: count }, (_, i) => ({
    id: `${prefix}${String(i).padStart(6, '0')}` as NoteId,
    cell: CELL_IDS[i % CELL_IDS.length] as (typeof CELL_IDS)[number],
    order: `a${i}`,
    text: `${TEXT} ${i}`,
    colour: 'yellow' as const,
    kind: 'note' as const,
    createdAt: 1_796_000_000_000 + i * 1000,
    deleted: false,
    sources: [],
    stackedInto: null,
  }));
  const comments = notes.map((note, i) => ({
    id: `c${prefix}${i}`,
    noteId: note.id,
    createdBy: null,
    createdAt: note.createdAt,
    text: 'Kuka vastaa tästä?',
    editedAt: null,
    deleted: false,
    group: null,
  }));
  return { notes, paths: [], comments };
}

const plenary = board('p', PLENARY);
const data: WorkshopExport = {
  format: 'avaa-workshop',
  version: 1,
  workshop: { title: 'Ohjaamo – kehittämispäivä', language: 'fi', createdAt: 1_796_000_000_000 },
  people: [],
  groups: Array.from({ length: GROUPS }, (_, i) => ({ number: i + 1, createdAt: 1_796_000_000_000 })),
  boards: {
    plenary,
    groups: Object.fromEntries(Array.from({ length: GROUPS }, (_, i) => [String(i + 1), board(`g${i}x`, PER_GROUP)])),
  },
  agreements: Array.from({ length: 30 }, (_, i) => ({
    id: `a${i}`,
    section: 'needs-preparation' as const,
    order: `a${i}`,
    text: `Valmistellaan yhteinen ajanvaraus ${i}`,
    owner: 'Palvelupäällikkö',
    due: '2027-01-15',
    status: 'open' as const,
    notes: [],
    createdAt: 1_796_000_000_000,
  })),
  votes: [
    {
      id: 'v1',
      dotsPerPerson: 3,
      anonymous: true,
      openedAt: 1_796_000_500_000,
      closed: true,
      perNote: plenary.notes.slice(0, 200).map((note, i) => ({ note: note.id, dots: 200 - i })),
      perPerson: null,
    },
  ],
};

await renderWorkbook(data); // warm-up: module loading and JIT
const notes = PLENARY + GROUPS * PER_GROUP;
const cases: [string, () => Promise<Uint8Array> | Uint8Array][] = [
  ['csv', () => new TextEncoder().encode(exportCsv(data))],
  ['xlsx', () => renderWorkbook(data)],
];
const rows = [];
for (const [format, render] of cases) {
  const runs = 3;
  const started = performance.now();
  let bytes: Uint8Array = new Uint8Array();
  for (let i = 0; i < runs; i++) bytes = await render();
  rows.push({
    format,
    notes,
    msPerRun: Number(((performance.now() - started) / runs).toFixed(0)),
    kB: Number((bytes.length / 1024).toFixed(1)),
  });
}
console.table(rows);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('./results/exportXlsx.json', import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`,
);
