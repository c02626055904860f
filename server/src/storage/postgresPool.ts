import type pg from 'pg';
import { errorFields, type Logger } from '../log.ts';
import { retryWhileLocked } from './lockRetry.ts';
import { migratePostgres } from './postgresSchema.ts';

/**
 * The PostgreSQL storage's connections (postgres.ts): the schema migrated before the first
 * statement, statements and transactions retried while another transaction holds a lock they
 * need, maintenance (migration, VACUUM) without the write path's bounds.
 */
export class PostgresPool {
  readonly pool: pg.Pool;
  readonly #logger: Logger;
  readonly #lockDeadlineMs: number;
  #migrated: Promise<void> | undefined;
  #closed: Promise<void> | undefined;
  #vacuum: Promise<void> | undefined;
  #vacuumAgain = false;

  constructor(pool: pg.Pool, logger: Logger, lockDeadlineMs: number) {
    this.pool = pool;
    this.#logger = logger;
    this.#lockDeadlineMs = lockDeadlineMs;
  }

  /**
   * VACUUM after deletions, so the deleted rows' versions are gone from the table files soon
   * rather than at autovacuum's pace. In the background and coalesced: a sweep deleting many
   * workshops runs it about once, not once each.
   */
  vacuumSoon(): void {
    if (this.#vacuum) {
      this.#vacuumAgain = true;
      return;
    }
    this.#vacuum = (async () => {
      do {
        this.#vacuumAgain = false;
        await this.unbounded((client) =>
          client.query('VACUUM workshops, rooms, room_updates, erasure_due, note_images'),
        );
      } while (this.#vacuumAgain && !this.#closed);
    })()
      .catch((error: unknown) => this.#logger('warn', 'postgres-vacuum-failed', errorFields(error)))
      .finally(() => {
        this.#vacuum = undefined;
      });
  }

  /** Ends the pool once a VACUUM under way has finished. */
  async close(): Promise<void> {
    // A VACUUM under way finishes first: ending the pool does not wait for it.
    this.#closed ??= (this.#vacuum ?? Promise.resolve()).then(() => this.pool.end());
    await this.#closed;
  }

  /** Migrates once; a failed attempt (database down) is forgotten so the next call tries again. */
  ready(): Promise<void> {
    this.#migrated ??= this.#migrate().catch((error: unknown) => {
      this.#migrated = undefined;
      throw error;
    });
    return this.#migrated;
  }

  #migrate(): Promise<void> {
    return this.unbounded((client) => migratePostgres(client));
  }

  /**
   * Maintenance without the lock and statement bounds of the write path: a migration waits for
   * another node's (under its advisory lock), a VACUUM for autovacuum, and either may take long.
   */
  async unbounded<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('SET lock_timeout = 0; SET statement_timeout = 0');
      const result = await work(client);
      await client.query('RESET lock_timeout; RESET statement_timeout');
      return result;
    } catch (error) {
      broken = true;
      throw error;
    } finally {
      // A connection left unbounded (its reset failed) is not given to the next caller.
      client.release(broken);
    }
  }

  /** A read: it takes no row locks, but waits as a write does behind a table lock (a migration). */
  query(text: string, values: unknown[]): Promise<pg.QueryResult> {
    return this.retried(() => this.pool.query(text, values));
  }

  /**
   * A statement or transaction, retried while another transaction holds a lock it needs (each
   * attempt waits at most LOCK_TIMEOUT_MS, its connection given back between attempts) until the
   * deadline; then it fails, as SQLite's writes do. A room writes one batch at a time, so its
   * writes keep their order.
   */
  async retried<T>(attempt: () => Promise<T>): Promise<T> {
    await this.ready();
    return retryWhileLocked(attempt, isLockTimeout, this.#lockDeadlineMs);
  }

  transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return this.retried(() => this.#transactionOnce(work));
  }

  async #transactionOnce<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw error;
    } finally {
      // A connection that could not even roll back is not given to the next caller.
      client.release(broken);
    }
  }
}

/** lock_not_available: the statement waited LOCK_TIMEOUT_MS for a lock (55P03). */
function isLockTimeout(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '55P03';
}
