import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Issue 16: one module per side reaches Yjs internals (board-model's yjsInternals.ts for the
// document, sync-client's providerInternals.ts for the provider), so their function lists are
// the whole checklist for Yjs 14. This guard lives with the server, which has Node's file API.
/** Yjs's internals, as source code reaches them. */
const INTERNALS =
  /\._map\b|\._item\b|\.store\.(clients|pending)|findIndexSS|pendingStructs|pendingDs|_awarenessUpdateHandler|\bY\.(Item|GC|Skip|ID|ContentType|decodeUpdate|getState|getItem)\b|provider\.ws\b/;
const ALLOWED = new Set(['packages/board-model/src/yjsInternals.ts', 'packages/sync-client/src/providerInternals.ts']);
const ROOTS = ['packages', 'server/src', 'apps/web/src'];

function sources(root: URL, under: string): string[] {
  return readdirSync(new URL(under, root), { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.tsx?$/.test(path) && !/\.test\.tsx?$|node_modules|testing|Testing/.test(path))
    .map((path) => `${under}/${path}`);
}

describe('one module per side reaches Yjs internals', () => {
  it('no other product module does', () => {
    const root = new URL('../../', import.meta.url);
    const reaching = ROOTS.flatMap((under) => sources(root, under))
      .filter((path) => !ALLOWED.has(path) && INTERNALS.test(readFileSync(new URL(path, root), 'utf8')))
      .sort();
    expect(reaching).toEqual([]);
  });
});
