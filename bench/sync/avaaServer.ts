/**
 * Our server as `server/src/main.ts` starts it (environment, SQLite with synchronous=FULL, auth,
 * every limit at its default), except these: `BENCH_MAX_ACTIVE_WORKSHOPS` raises the cap on
 * workshops with open rooms (default 200), which the capacity ramp may pass, and every simulated
 * client comes from one address, so the sockets and workshops per address are not capped;
 * `BENCH_COMPACT_THRESHOLD` sets the log entries a room keeps before its snapshot is rewritten,
 * `BENCH_UNLOAD_GRACE_MS` how long a room stays loaded after its last client left (2 s).
 * Logs go to stderr. `BENCH_ABLATE` takes guarantees away, to price them (ablated/hooks.ts);
 * here the storage's: `sync`, the WAL's fdatasync after each commit (saved would then mean
 * committed, not on the disk), and `store`, rooms' changes kept in memory, not written. Bench only.
 */
import type { Storage, StoredRoom } from '../../server/src/index.ts';
import { ablations, registerAblations, unusedStubs } from './ablated/hooks.ts';

const ablated = ablations(process.env.BENCH_ABLATE);
// Before the server's modules load, so that their imports meet the stubs.
registerAblations(ablated);
const { optionsFromEnv } = await import('../../server/src/config.ts');
const { openSqliteStorage, startServer } = await import('../../server/src/index.ts');
const { jsonLogger, logLevelFromEnv } = await import('../../server/src/log.ts');

function ablatedStorage(names: ReadonlySet<string>): ((dataDir: string) => Storage) | undefined {
  if (!names.has('sync') && !names.has('store')) return undefined;
  return (dataDir) => {
    const storage = openSqliteStorage(dataDir, names.has('sync') ? { syncFile: async () => {} } : {});
    return names.has('store') ? unstored(storage) : storage;
  };
}

/**
 * Rooms' changes kept in this process's memory, as the reference server keeps them, instead of
 * written to SQLite (`store`); a room loaded again gets them back. Seeds and the rest are stored.
 */
function unstored(storage: Storage): Storage {
  const kept = new Map<string, Uint8Array[]>();
  // Above any id SQLite gave a seed, so a room's entries only grow.
  let lastEntryId = 1_000_000_000;
  const appendUpdates = async (room: string, updates: readonly Uint8Array[]) => {
    const list = kept.get(room) ?? [];
    list.push(...updates);
    kept.set(room, list);
    lastEntryId += updates.length;
    return lastEntryId;
  };
  const withKept = (room: string, stored: StoredRoom): StoredRoom => {
    const updates = kept.get(room);
    return updates ? { ...stored, updates: [...stored.updates, ...updates], lastEntryId } : stored;
  };
  const overrides: Partial<Storage> = {
    appendUpdates,
    loadRoom: async (room) => withKept(room, await storage.loadRoom(room)),
    loadRoomSince: async (room, after) => withKept(room, await storage.loadRoomSince(room, after)),
    compactRoom: async () => {},
  };
  return new Proxy(storage, {
    get(target, key, receiver) {
      const override = overrides[key as keyof Storage];
      if (override) return override;
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const maxActiveWorkshops = Number(process.env.BENCH_MAX_ACTIVE_WORKSHOPS ?? 200);
const server = await startServer({
  ...optionsFromEnv(process.env),
  logger: jsonLogger(logLevelFromEnv(process.env.LOG_LEVEL)),
  openStorage: ablatedStorage(ablated),
  ...(process.env.BENCH_COMPACT_THRESHOLD ? { compactThreshold: Number(process.env.BENCH_COMPACT_THRESHOLD) } : {}),
  ...(process.env.BENCH_UNLOAD_GRACE_MS ? { unloadGraceMs: Number(process.env.BENCH_UNLOAD_GRACE_MS) } : {}),
  limits: {
    maxActiveWorkshops,
    maxConnectionsPerAddress: Number.MAX_SAFE_INTEGER,
    maxWorkshopsPerAddress: Number.MAX_SAFE_INTEGER,
  },
});
const unused = unusedStubs();
if (unused.length > 0) throw new Error(`ablation stubs never imported: ${unused.join(', ')}`);
process.stdout.write(`${JSON.stringify({ event: 'listening', url: server.url })}\n`);
process.on('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
