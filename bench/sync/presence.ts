/**
 * Presence cost in one busy board at 5, 15 and 30 people: presence only (editing on/off as
 * people type, a drag's pointer at 10 Hz; 1-4 s pauses between actions), no document changes. `npx node bench/sync/presence.ts [--quick]`.
 * Writes bench/results/syncPresence.json.
 */
import { QUICK, report } from '../report.ts';
import { type LoadResult, round, runLoad } from './load.ts';
import { type ServerKind, startServerProcess } from './serverProcess.ts';
import { planRooms } from './setup.ts';

const SIZES = QUICK ? [4] : [5, 15, 30];
const timing = QUICK ? { warmupMs: 1000, measureMs: 2000 } : { warmupMs: 5000, measureMs: 15_000 };

async function measure(kind: ServerKind, people: number): Promise<LoadResult> {
  const server = await startServerProcess(kind);
  try {
    const plans = await planRooms(server, 1, people);
    return await runLoad(server, plans, { profile: 'presence', workers: 1, pauseMs: [1000, 4000], ...timing });
  } finally {
    await server.stop();
  }
}

const results: LoadResult[] = [];
for (const people of SIZES) {
  for (const kind of ['avaa', 'reference'] as const) results.push(await measure(kind, people));
}
const rows = results.map((result) => ({
  server: result.server,
  people: result.clients,
  'presence sent/s': result.presencePerSec,
  'server in msg/s': result.serverInMsgsPerSec,
  'server out msg/s': result.serverOutMsgsPerSec,
  'server out KB/s': result.serverOutKBPerSec,
  'per client in msg/s': round(result.serverOutMsgsPerSec / result.clients, 1),
  'per client out msg/s': round(result.serverInMsgsPerSec / result.clients, 1),
  'per client in KB/s': round(result.serverOutKBPerSec / result.clients, 2),
  'server CPU': result.serverCpu,
  'other CPU': result.otherCpu,
}));
report('syncPresence', rows, { results });
