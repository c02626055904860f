/**
 * How long stack proposals take for one cell of the common table: `npx node bench/proposeStacks.ts`.
 * Prints a table and writes bench/results/proposeStacks.json. No pass/fail: a report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { proposeStacks } from '@avaa/board-model';
import { seededRandom } from '../packages/board-model/src/testing/seededRandom.ts';

const WORDS = (
  'walk-in ohjaus ilman ajanvarausta jalkautuva nuorisotyö palautekysely asiakkaille työparityö ' +
  'nätverksmöte med kunden verkostopalaveri viikoittain seuranta kolmen kuukauden päästä ' +
  'matalan kynnyksen päivystys yhteinen ajanvaraus kaikille ammattilaisille nuorten raati'
).split(' ');

function cell(count: number, wordsPerNote: number, seed: number) {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    text: Array.from(
      { length: 2 + Math.floor(random() * wordsPerNote) },
      () => WORDS[Math.floor(random() * WORDS.length)],
    ).join(' '),
  }));
}

const rows = [];
for (const [count, words] of [
  [100, 5],
  [300, 5],
  [1000, 5],
  [300, 70],
] as const) {
  const notes = cell(count, words, count + words);
  const runs = 5;
  const started = performance.now();
  let stacks = 0;
  for (let i = 0; i < runs; i++) stacks = proposeStacks(notes).length;
  rows.push({
    notes: count,
    maxWords: words + 1,
    stacks,
    msPerRun: Number(((performance.now() - started) / runs).toFixed(1)),
  });
}
console.table(rows);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('./results/proposeStacks.json', import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`,
);
