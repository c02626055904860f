import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe("the web README's map of translation parts", () => {
  it('names every part of i18n/', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const parts = readdirSync(new URL('./', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(parts.length).toBeGreaterThan(5);
    expect(parts.filter((part) => !readme.includes(`\`${part}/\``))).toEqual([]);
  });
});
