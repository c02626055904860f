/**
 * How long the printables take and how big they are: `npx node bench/exportPdf.ts`.
 * An A3 table of 300 notes and 300 note cards (and, for comparison, the other kinds and an
 * agreements memo of 30 items). Prints a table and writes bench/results/exportPdf.json. No
 * pass/fail: a report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { type BoardPrintRequest, renderAgreements, renderPrintable } from '@avaa/print';
import { loadFonts } from '@avaa/print/node';
import { sampleAgreements } from '../packages/print/src/testing/sampleAgreements.ts';
import { sampleBoard } from '../packages/print/src/testing/sampleBoard.ts';

const fonts = await loadFonts();
const board = sampleBoard({ notes: 300 });

/** PDF pages counted from the file itself: each page object has `/Type /Page`. */
function pageCount(pdf: Uint8Array): number {
  return (new TextDecoder('latin1').decode(pdf).match(/\/Type \/Page\b/g) ?? []).length;
}

const memo = sampleAgreements(30);
const requests: [string, BoardPrintRequest][] = [
  ['table A3, 300 notes', { kind: 'table', paper: 'A3' }],
  ['note cards, 300 notes', { kind: 'notecards' }],
  ['table A4, 300 notes', { kind: 'table', paper: 'A4' }],
  ['table A1, 300 notes', { kind: 'table', paper: 'A1' }],
  ['poster A0 on A4, 300 notes', { kind: 'poster', poster: 'A0', sheet: 'A4' }],
  ['process cards A6, 300 notes', { kind: 'cards', card: 'A6' }],
  ['blank template A3', { kind: 'blank', paper: 'A3', url: 'https://avaa.example.fi/w/k7x2' }],
];
const cases: [string, () => Uint8Array][] = [
  ...requests.map(([name, request]): [string, () => Uint8Array] => [
    name,
    () => renderPrintable(board, request, fonts),
  ]),
  ['agreements memo, 30 items', () => renderAgreements(memo, fonts)],
];

renderPrintable(board, { kind: 'table', paper: 'A4' }, fonts); // warm-up: module loading and JIT
const rows = cases.map(([name, render]) => {
  const runs = 3;
  const started = performance.now();
  let pdf: Uint8Array = new Uint8Array();
  for (let i = 0; i < runs; i++) pdf = render();
  return {
    printable: name,
    msPerRun: Number(((performance.now() - started) / runs).toFixed(0)),
    kB: Number((pdf.length / 1024).toFixed(1)),
    pages: pageCount(pdf),
  };
});
console.table(rows);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('./results/exportPdf.json', import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`,
);
