import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from '@avaa/server';
import { expect } from 'vitest';

/** A text no database file holds by chance: its absence later means it was erased. */
export const newCanary = () => `Kanarialintu-${randomBytes(8).toString('hex')}`;

/**
 * The database files (avaa.sqlite, -wal, -shm) holding any trace of `canary`: its UTF-8 bytes
 * (how SQLite stores text and Yjs stores strings), its UTF-16 bytes, or its random part alone.
 */
export function filesHolding(dataDir: string, canary: string): string[] {
  const random = canary.slice(canary.indexOf('-') + 1);
  const needles = [Buffer.from(canary, 'utf8'), Buffer.from(canary, 'utf16le'), Buffer.from(random, 'utf8')];
  const files = readdirSync(dataDir).filter((name) => name.startsWith(DATABASE_FILE));
  expect(files).toContain(DATABASE_FILE);
  return files.filter((name) => {
    const bytes = readFileSync(join(dataDir, name));
    return needles.some((needle) => bytes.includes(needle));
  });
}
