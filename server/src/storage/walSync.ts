import { closeSync, fdatasync, openSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Flushes one file's data to the disk (fdatasync), off the event loop. */
export type SyncFile = (path: string) => Promise<void>;

/**
 * Opened anew each time (the storage holds its descriptor instead: heldFileSync). fdatasync also
 * writes the file's size, so the frames appended are found after a power loss.
 */
export const fdatasyncFile: SyncFile = async (path) => {
  const file = await open(path, 'r');
  try {
    await file.datasync();
  } finally {
    await file.close();
  }
};

/**
 * Syncs through one descriptor, opened at the first sync and kept until `close`: an open and a
 * close fewer per commit (two thread-pool round trips, each waking the event loop). The file
 * synced is the one SQLite writes: SQLite writes the WAL in place (a checkpoint truncates it,
 * never replaces it) and deletes it only when the last connection to the database closes, which
 * cannot happen while the server's own connection is open (in WAL mode each connection holds a
 * shared lock on the database file until it closes). A file deleted under the server by other
 * means is still the one SQLite writes to, and the one synced here; shmGuard.ts reports it.
 */
export function heldFileSync(): { sync: SyncFile; close(): void } {
  let held: { path: string; fd: number } | undefined;
  return {
    sync: (path) =>
      new Promise((resolve, reject) => {
        try {
          if (held?.path !== path) {
            if (held) closeSync(held.fd);
            held = undefined;
            // Once per storage (the path never changes); a failed open is tried again next time.
            held = { path, fd: openSync(path, 'r') };
          }
        } catch (error) {
          reject(error);
          return;
        }
        fdatasync(held.fd, (error) => (error ? reject(error) : resolve()));
      }),
    close() {
      if (held) closeSync(held.fd);
      held = undefined;
    },
  };
}

/** The directory's entries (a new WAL file's name) on the disk. */
export async function syncDirectory(path: string): Promise<void> {
  const directory = await open(dirname(path), 'r');
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
}

/**
 * "Committed" for SQLite, off the event loop. With `synchronous=FULL` every COMMIT waits for an
 * fsync of the WAL file on the event loop's thread, and every room's relays wait with it: a
 * median 0.5 ms but tens of milliseconds when the disk is busy. Here the database runs with
 * `synchronous=NORMAL` (the WAL is synced before each checkpoint, the database file after it, so
 * the files stay consistent and a checkpoint never loses a commit) and a write resolves only once
 * an fdatasync of the WAL, started after its COMMIT, has ended, in libuv's thread pool. What
 * FULL adds per commit is exactly that sync, so "saved means committed" holds as before.
 * One sync serves every commit made before it started: commits made while it runs wait for the
 * next one, which they share.
 */
export class WalSync {
  readonly #path: string;
  readonly #sync: SyncFile;
  readonly #close: () => void;
  #running: Promise<void> | undefined;
  #next: Promise<void> | undefined;

  /** `sync`: by default through a descriptor held open (heldFileSync); tests slow it down. */
  constructor(walPath: string, sync?: SyncFile) {
    this.#path = walPath;
    const held = sync ? undefined : heldFileSync();
    this.#sync = sync ?? (held as { sync: SyncFile }).sync;
    this.#close = () => held?.close();
  }

  /** Resolves once everything written to the WAL before this call is on the disk. */
  synced(): Promise<void> {
    if (!this.#running) return this.#start();
    // The sync under way may have started before the caller's commit: wait for the one after it.
    this.#next ??= this.#running
      .catch(() => {})
      .then(() => {
        this.#next = undefined;
        return this.#start();
      });
    return this.#next;
  }

  /** Resolves when no sync is under way or waiting (before closing the database). */
  async idle(): Promise<void> {
    while (this.#running || this.#next) await Promise.allSettled([this.#running, this.#next]);
  }

  /** Lets go of the WAL file (after `idle`, before the database closes). */
  close(): void {
    this.#close();
  }

  #start(): Promise<void> {
    const run: Promise<void> = this.#sync(this.#path).finally(() => {
      if (this.#running === run) this.#running = undefined;
    });
    this.#running = run;
    return run;
  }
}
