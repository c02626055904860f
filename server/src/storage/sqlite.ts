import { Worker } from 'node:worker_threads';
import type { WorkshopId } from '@avaa/protocol';
import { AppendBatcher } from './appendBatcher.ts';
import { openSqliteDatabase } from './sqliteDatabase.ts';
import type { StorageError, StorageReply, StorageRequest } from './sqliteMessages.ts';
import type { RoomSeed, RoomStats, Storage, StoredRoom, WorkshopRecord } from './types.ts';

export { DATABASE_FILE } from './sqliteDatabase.ts';

/**
 * SQLite in `dataDir`, run on a worker thread (sqliteWorker.ts). node:sqlite is synchronous, so on
 * the server's own thread every commit's fsync and every WAL checkpoint stalled all rooms; here
 * they only delay the appends waiting for them. The database is opened (created, migrated) on
 * this thread first, so a bad DATA_DIR fails at startup, not at the first write.
 */
export function openSqliteStorage(dataDir: string): Storage {
  void openSqliteDatabase(dataDir).close();
  return new SqliteWorkerStorage(dataDir);
}

/**
 * At most this often a commit (an fsync): under load the appends of this long share one. It
 * delays only the "saved" answer, never what other clients see.
 */
const COMMIT_INTERVAL_MS = 25;

type Waiting = { readonly resolve: (value: unknown) => void; readonly reject: (error: Error) => void };

class SqliteWorkerStorage implements Storage {
  readonly #dataDir: string;
  #worker: Worker | undefined;
  readonly #waiting = new Map<number, Waiting>();
  #nextId = 1;
  #closed = false;
  readonly #appends = new AppendBatcher((batch) => this.#call('appendBatch', batch), COMMIT_INTERVAL_MS);

  constructor(dataDir: string) {
    this.#dataDir = dataDir;
  }

  createWorkshop(workshop: WorkshopRecord, seeds: readonly RoomSeed[]): Promise<boolean> {
    const owned = seeds.map((seed) => ({ room: seed.room, update: ownBytes(seed.update) }));
    return this.#call('createWorkshop', workshop, owned);
  }
  getWorkshop(id: WorkshopId): Promise<WorkshopRecord | undefined> {
    return this.#call('getWorkshop', id);
  }
  findWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | undefined> {
    return this.#call('findWorkshopByJoinCode', joinCode);
  }
  loadRoom(room: string): Promise<StoredRoom> {
    return this.#call('loadRoom', room);
  }
  loadRoomSince(room: string, afterEntryId: number): Promise<StoredRoom> {
    return this.#call('loadRoomSince', room, afterEntryId);
  }
  lastEntryIds(rooms: readonly string[]): Promise<Map<string, number>> {
    return this.#call('lastEntryIds', rooms);
  }
  seedRoom(room: string, update: Uint8Array): Promise<number | undefined> {
    return this.#call('seedRoom', room, ownBytes(update));
  }
  appendUpdates(room: string, updates: readonly Uint8Array[]): Promise<number> {
    return this.#appends.append(room, updates.map(ownBytes));
  }
  compactRoom(room: string, snapshot: Uint8Array, upToEntryId: number): Promise<void> {
    return this.#call('compactRoom', room, ownBytes(snapshot), upToEntryId);
  }
  roomStats(room: string): Promise<RoomStats> {
    return this.#call('roomStats', room);
  }
  purgeDeleted(): Promise<void> {
    return this.#call('purgeDeleted');
  }
  deleteWorkshop(id: WorkshopId): Promise<boolean> {
    return this.#call('deleteWorkshop', id);
  }
  workshopsInactiveSince(before: number): Promise<WorkshopId[]> {
    return this.#call('workshopsInactiveSince', before);
  }
  async ping(): Promise<void> {
    // A local file: reachable whenever the process runs (a full disk shows when writing).
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    // Appends made so far are committed by the worker before it closes the database.
    this.#appends.flush();
    const worker = this.#worker;
    if (worker) await this.#call('close');
    this.#closed = true;
    this.#worker = undefined;
    await worker?.terminate();
  }

  #call<T>(method: StorageRequest['method'], ...args: readonly unknown[]): Promise<T> {
    if (this.#closed) return Promise.reject(new Error('the storage is closed'));
    // Calls reach the worker in the order they were made: appends waiting for the turn's end go first.
    if (method !== 'appendBatch') this.#appends.flush();
    const worker = this.#started();
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      this.#waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.ref();
      worker.postMessage({ id, method, args } satisfies StorageRequest);
    });
  }

  /** The worker, started at the first call and again after one died (its calls were rejected). */
  #started(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./sqliteWorker.ts', import.meta.url), {
      workerData: { dataDir: this.#dataDir },
    });
    worker.on('message', (reply: StorageReply) => this.#settle(worker, reply));
    worker.on('error', (error) => this.#stopped(worker, error));
    worker.on('exit', (code) => this.#stopped(worker, new Error(`the SQLite worker exited with code ${code}`)));
    this.#worker = worker;
    return worker;
  }

  #settle(worker: Worker, reply: StorageReply): void {
    const waiting = this.#waiting.get(reply.id);
    this.#waiting.delete(reply.id);
    // Idle, the worker must not keep the process alive; busy, it must (a script awaiting a load).
    if (this.#waiting.size === 0) worker.unref();
    if (reply.ok) waiting?.resolve(reply.value);
    else waiting?.reject(fromStorageError(reply.error));
  }

  #stopped(worker: Worker, error: Error): void {
    if (this.#worker !== worker) return;
    this.#worker = undefined;
    const waiting = [...this.#waiting.values()];
    this.#waiting.clear();
    for (const call of waiting) call.reject(error);
  }
}

/** A view of exactly its bytes: posting a view would copy its whole underlying buffer. */
function ownBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

function fromStorageError(fields: StorageError): Error {
  const { name, message, ...codes } = fields;
  return Object.assign(new Error(message), { name }, codes);
}
