import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SRC = new URL('./', import.meta.url);

/** The "Modules" map of server/README.md: each `src/<folder>/` entry and the words under it. */
function mapEntries(): Map<string, string> {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const block = /## Modules\s+```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const entries = new Map<string, string>();
  let current = '';
  for (const line of block.split('\n')) {
    const start = /^(src\/\S+)/.exec(line);
    if (start?.[1]) current = start[1];
    if (current) entries.set(current, `${entries.get(current) ?? ''} ${line}`);
  }
  return entries;
}

/** Every module of the server (tests aside), as `src/<folder>/` and its file's stem. */
function modules(): { folder: string; stem: string }[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'))
    .map((path) => {
      const parts = path.split('/');
      const file = parts.pop() ?? '';
      return parts.length === 0
        ? { folder: `src/${file}`, stem: file.replace(/\.ts$/, '') }
        : { folder: `src/${parts.join('/')}/`, stem: file.replace(/\.ts$/, '') };
    });
}

describe("server/README.md's map of modules", () => {
  it('names every module of the server under its folder', () => {
    const entries = mapEntries();
    const unnamed = modules().filter(
      ({ folder, stem }) => !new RegExp(`\\b${stem}\\b`).test(entries.get(folder) ?? ''),
    );
    expect(unnamed).toEqual([]);
  });

  it('names no module that is not there', () => {
    const folders = new Set(modules().map(({ folder }) => folder));
    expect([...mapEntries().keys()].filter((folder) => !folders.has(folder))).toEqual([]);
  });
});
