import type { DatabaseSync } from 'node:sqlite';
import { retryWhileLocked } from './lockRetry.ts';
import { type ShmGuard, StorageDamagedError } from './shmGuard.ts';
import type { WalSync } from './walSync.ts';

/**
 * The SQLite storage's transactions (sqlite.ts): each checks the files first (shmGuard.ts), is
 * committed at once or, when another process holds the lock, retried in order, and resolves
 * only once the WAL is on the disk (walSync.ts).
 */
export class SqliteWriter {
  readonly #db: DatabaseSync;
  readonly #guard: ShmGuard;
  readonly #walSync: WalSync;
  /** Set once syncing the WAL failed: nothing written since may be called stored. */
  #syncFailed: StorageDamagedError | undefined;
  readonly #onDamaged: (error: StorageDamagedError) => void;
  readonly #busyDeadlineMs: number;
  /** Writes waiting for a lock another process holds; later writes queue behind them, in order. */
  #lockedOut: Promise<unknown> | undefined;

  constructor(
    db: DatabaseSync,
    guard: ShmGuard,
    walSync: WalSync,
    options: { busyDeadlineMs: number; onDamaged: (error: StorageDamagedError) => void },
  ) {
    this.#db = db;
    this.#guard = guard;
    this.#walSync = walSync;
    this.#busyDeadlineMs = options.busyDeadlineMs;
    this.#onDamaged = options.onDamaged;
  }

  /** Writes still waiting for another process's lock (settled when none). */
  get lockedOut(): Promise<unknown> | undefined {
    return this.#lockedOut;
  }

  /** Resolves when no WAL sync is under way or waiting, and lets go of the WAL file. */
  async idle(): Promise<void> {
    await this.#walSync.idle();
    this.#walSync.close();
  }

  /** Throws if the files were changed under the server or a WAL sync failed. */
  checkFiles(): void {
    if (this.#syncFailed) throw this.#syncFailed;
    const first = !this.#guard.damaged;
    try {
      this.#guard.check();
    } catch (error) {
      if (first && error instanceof StorageDamagedError) this.#onDamaged(error);
      throw error;
    }
  }

  /** A write transaction; resolves once it is committed and on the disk. */
  write<T>(work: () => T): Promise<T> {
    return this.#committed(work).then((result) => this.#synced().then(() => result));
  }

  /** The WAL is on the disk up to every commit made so far (walSync.ts). */
  #synced(): Promise<void> {
    return this.#walSync.synced().then(
      () => {
        // A sync that succeeded after one failed proves nothing about what the failed one lost.
        if (this.#syncFailed) throw this.#syncFailed;
      },
      (error: unknown) => {
        // After a failed fsync the kernel may have dropped the pages it could not write: what was
        // committed since the last good sync is not known to be stored, now or later.
        const reason = error instanceof Error ? error.message : String(error);
        const failure = this.#syncFailed ?? new StorageDamagedError(`the WAL could not be synced: ${reason}`);
        if (!this.#syncFailed) {
          this.#syncFailed = failure;
          this.#onDamaged(failure);
        }
        throw failure;
      },
    );
  }

  /**
   * A write transaction, committed. At once when nothing waits (the common case: a commit within
   * the caller's turn, as before); when another process holds the lock, retried with backoff off
   * the event loop's back (SQLite's own wait is BUSY_TIMEOUT_MS) until the deadline, and every
   * later write waits behind it so that writes keep their order. Past the deadline it fails.
   */
  #committed<T>(work: () => T): Promise<T> {
    if (!this.#lockedOut) {
      try {
        return Promise.resolve(this.transaction('BEGIN IMMEDIATE', work));
      } catch (error) {
        if (!isBusy(error)) return Promise.reject(error);
      }
    }
    const previous = this.#lockedOut ?? Promise.resolve();
    const retry = () => retryWhileLocked(() => this.transaction('BEGIN IMMEDIATE', work), isBusy, this.#busyDeadlineMs);
    const attempt = previous.catch(() => {}).then(retry);
    const tail = attempt.catch(() => {});
    this.#lockedOut = tail;
    void tail.then(() => {
      if (this.#lockedOut === tail) this.#lockedOut = undefined;
    });
    return attempt;
  }

  transaction<T>(begin: 'BEGIN' | 'BEGIN IMMEDIATE', work: () => T): T {
    this.checkFiles();
    this.#db.exec(begin);
    try {
      const result = work();
      this.#db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.#db.isTransaction && !this.#guard.damaged) this.#db.exec('ROLLBACK');
      throw error;
    }
  }
}
/** SQLITE_BUSY: another connection holds the lock (node:sqlite puts the code in `errcode`). */
function isBusy(error: unknown): boolean {
  return (error as { errcode?: unknown } | null)?.errcode === SQLITE_BUSY;
}
const SQLITE_BUSY = 5;
