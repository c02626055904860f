import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteDatabase } from './sqliteDatabase.ts';
import type { StorageError, StorageReply, StorageRequest } from './sqliteMessages.ts';

/**
 * The SQLite database on its own thread (started by sqlite.ts): commits, fsyncs and WAL
 * checkpoints happen here while the server's event loop goes on relaying. Requests are handled
 * in arrival order; appends arriving in one turn share one commit (sqliteDatabase.ts).
 */
const port = parentPort;
if (!port) throw new Error('sqliteWorker.ts runs as a worker thread');
const storage = openSqliteDatabase((workerData as { dataDir: string }).dataDir);

port.on('message', (request: StorageRequest) => {
  void handle(request).then((reply) => port.postMessage(reply));
});

async function handle({ id, method, args }: StorageRequest): Promise<StorageReply> {
  try {
    const call = storage[method] as (...values: unknown[]) => Promise<unknown>;
    return { id, ok: true, value: await call.apply(storage, [...args]) };
  } catch (error) {
    return { id, ok: false, error: toStorageError(error) };
  }
}

/** What crosses the thread boundary of an error: its class, message and SQLite codes. */
function toStorageError(error: unknown): StorageError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const { code, errcode, errstr } = error as { code?: unknown; errcode?: unknown; errstr?: unknown };
  return {
    name: error.name,
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof errcode === 'number' ? { errcode } : {}),
    ...(typeof errstr === 'string' ? { errstr } : {}),
  };
}
