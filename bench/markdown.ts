/**
 * The latest results as Markdown tables, for pasting into docs/performance.md:
 * `npx node bench/markdown.ts`. Reads bench/results/*.json; runs nothing.
 */
import { existsSync, readFileSync } from 'node:fs';

type Result = { date: string; quick: boolean; machine: { loadavg?: number[] }; rows: object[] } & Record<
  string,
  unknown
>;

function table(rows: readonly object[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (value: unknown) => (value === undefined || value === null ? '' : String(value).replace(/\|/g, '\\|'));
  const lines = [
    `| ${columns.join(' | ')} |`,
    `|${columns.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${columns.map((column) => cell((row as Record<string, unknown>)[column])).join(' | ')} |`),
  ];
  return lines.join('\n');
}

const SECTIONS: readonly [file: string, extras: readonly string[]][] = [
  ['syncCompare', ['ratios']],
  ['syncCost', ['top']],
  ['checkCost', []],
  ['syncCapacity', ['reached', 'idle']],
  ['syncPresence', []],
  ['storage', ['writes', 'disk']],
  ['browser', ['bundleTotals', 'bundle']],
  ['exportPdf', []],
  ['proposeStacks', []],
  ['phone', ['opens', 'reconnects', 'scrolls']],
  ['phone-lighthouse', ['opens', 'reconnects', 'scrolls']],
];
for (const [name, extras] of SECTIONS) {
  const file = new URL(`./results/${name}.json`, import.meta.url);
  if (!existsSync(file)) continue;
  const result = JSON.parse(readFileSync(file, 'utf8')) as Result;
  const load = result.machine?.loadavg?.map((value) => value.toFixed(1)).join(', ') ?? '?';
  console.log(`### ${name} (${result.date}${result.quick ? ', quick' : ''}, load average at the end ${load})\n`);
  console.log(`${table(result.rows)}\n`);
  for (const extra of extras) {
    const value = result[extra];
    const rows = Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : [];
    if (rows.length > 0) console.log(`${extra}:\n\n${table(rows)}\n`);
  }
}
