import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openSqliteStorage } from './sqlite.ts';
import { fdatasyncFile, type SyncFile, WalSync } from './walSync.ts';

/** A sync the test ends by hand: `started` lists each call, `finish(n)` ends the n-th. */
function gatedSync() {
  const started: string[] = [];
  const gates: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const sync: SyncFile = (path) => {
    started.push(path);
    return new Promise((resolve, reject) => gates.push({ resolve, reject }));
  };
  return {
    sync,
    started,
    finish: (index: number) => gates[index]?.resolve(),
    fail: (index: number) => gates[index]?.reject(new Error('EIO: i/o error, fdatasync')),
  };
}

/** Whether a promise has settled, after the microtasks now queued ran. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'avaa-walsync-'));

describe('WalSync', () => {
  it('answers a caller only after a sync that started after the call; callers meanwhile share one', async () => {
    const gate = gatedSync();
    const wal = new WalSync('/data/avaa.sqlite-wal', gate.sync);
    const first = wal.synced();
    expect(gate.started).toEqual(['/data/avaa.sqlite-wal']);
    // Committed while the first sync runs: that sync may have missed these commits.
    const second = wal.synced();
    const third = wal.synced();
    expect(gate.started).toHaveLength(1);
    gate.finish(0);
    expect(await settled(first)).toBe(true);
    expect(await settled(second)).toBe(false);
    expect(gate.started).toHaveLength(2);
    gate.finish(1);
    expect(await settled(second)).toBe(true);
    expect(await settled(third)).toBe(true);
    expect(gate.started).toHaveLength(2);
  });

  it('syncs a real file and refuses a missing one', async () => {
    const file = join(tempDir(), 'avaa.sqlite-wal');
    writeFileSync(file, 'frames');
    await expect(fdatasyncFile(file)).resolves.toBeUndefined();
    await expect(fdatasyncFile(`${file}-missing`)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('SQLite storage with the WAL synced off the event loop', () => {
  it('resolves an append only once the WAL is synced after its commit', async () => {
    const gate = gatedSync();
    const dataDir = tempDir();
    const storage = openSqliteStorage(dataDir, { syncFile: gate.sync });
    const append = storage.appendUpdates('w/plenary', [new Uint8Array([1])]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Committed (another connection reads it), not yet synced: not yet called stored.
    const reader = new DatabaseSync(join(dataDir, DATABASE_FILE));
    expect(reader.prepare('SELECT COUNT(*) AS n FROM room_updates').get()).toEqual({ n: 1 });
    reader.close();
    expect(gate.started).toEqual([join(dataDir, `${DATABASE_FILE}-wal`)]);
    expect(await settled(append)).toBe(false);
    gate.finish(0);
    expect(await append).toBeGreaterThan(0);
    await storage.close();
  });

  it('a failed sync fails the write and every later one, and reports the storage damaged once', async () => {
    const gate = gatedSync();
    const damaged: Error[] = [];
    const storage = openSqliteStorage(tempDir(), { syncFile: gate.sync, onDamaged: (error) => damaged.push(error) });
    const append = storage.appendUpdates('w/plenary', [new Uint8Array([1])]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Committed while the first sync runs: it waits for the next sync.
    const during = storage.appendUpdates('w/plenary', [new Uint8Array([3])]);
    void during.catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 50));
    gate.fail(0);
    await expect(append).rejects.toThrow(/WAL could not be synced/);
    // The next sync succeeds, yet the failed one may have lost this commit's pages.
    await new Promise((resolve) => setTimeout(resolve, 10));
    gate.finish(1);
    await expect(during).rejects.toThrow(/WAL could not be synced/);
    await expect(storage.appendUpdates('w/plenary', [new Uint8Array([2])])).rejects.toThrow(/WAL could not be synced/);
    await expect(storage.loadRoom('w/plenary')).rejects.toThrow(/WAL could not be synced/);
    expect(damaged).toHaveLength(1);
    await storage.close();
  });
});
