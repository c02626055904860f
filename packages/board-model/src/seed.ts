import type * as Y from 'yjs';
import { metaMap, SCHEMA_VERSION } from './schema.ts';
import type { Language } from './template.ts';

export type BoardSeed = {
  readonly title: string;
  readonly language: Language;
  readonly createdAt: number;
  /** Breakout group number for a group's board; absent for the common table. */
  readonly group?: number;
};

/**
 * Writes a new board's metadata. Only the server calls this, once, when it creates the board:
 * clients never seed (two clients finding an empty document would both seed it).
 */
export function seedBoard(doc: Y.Doc, seed: BoardSeed): void {
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set('schemaVersion', SCHEMA_VERSION);
    meta.set('title', seed.title);
    meta.set('language', seed.language);
    meta.set('board', seed.group === undefined ? 'plenary' : 'group');
    if (seed.group !== undefined) meta.set('group', seed.group);
    meta.set('createdAt', seed.createdAt);
  });
}
