import { statSync } from 'node:fs';

/** The database's files were changed under the server (see ShmGuard); nothing more is read or written. */
export class StorageDamagedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StorageDamagedError';
  }
}

/**
 * SQLite in WAL mode memory-maps the `-shm` file (the WAL index); the database file itself is
 * not mapped (`mmap_size = 0`). When another process cuts the `-shm` file short (a careless
 * cleanup, a restore over a running server), the next access to the cut pages kills the process
 * with SIGBUS, which no handler can log. So before every access the file's size is compared
 * with the largest seen (SQLite only ever grows it while the database is open): a file that
 * shrank fails the access with a StorageDamagedError instead, once logged by the server, which
 * then exits for its supervisor to restart it (SQLite rebuilds the index from the WAL). A file
 * deleted outright is harmless (the mapping keeps its pages).
 */
export class ShmGuard {
  readonly #path: string;
  #largest = 0;
  #damaged: StorageDamagedError | undefined;

  constructor(databasePath: string) {
    this.#path = `${databasePath}-shm`;
  }

  /** Throws once the file shrank (and from then on). A stat call: a few microseconds. */
  check(): void {
    if (this.#damaged) throw this.#damaged;
    let size: number;
    try {
      size = statSync(this.#path).size;
    } catch {
      return; // not created yet, or deleted: nothing mapped can be cut
    }
    if (size < this.#largest) {
      this.#damaged = new StorageDamagedError(`${this.#path} shrank from ${this.#largest} to ${size} bytes`);
      throw this.#damaged;
    }
    this.#largest = size;
  }

  get damaged(): boolean {
    return this.#damaged !== undefined;
  }
}
