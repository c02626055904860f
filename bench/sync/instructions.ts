/**
 * Instructions the server executes per edit, a figure that holds on a busy machine (CPU seconds
 * and wall-clock do not): `npx node bench/sync/instructions.ts [avaa|reference] [--edits N]`.
 * Each server runs under valgrind's callgrind, counting only over the measuring window
 * (`callgrind_control -i on/off`). The load is scripted, not random: ROOMS boards of PEOPLE
 * people each (real y-websocket clients, real tokens on ours); in every round one person of each
 * board sends a presence change (a drag's pointer) and types one character into their own note,
 * and the round ends when every other person of the board has that character. So each server
 * handles the same messages, one edit at a time. Callgrind counts user space only: the read and
 * write system calls per edit (/proc/<pid>/io) stand for the kernel's share. What a server does
 * by the clock (timers, the clients' presence renewals every 15 s) is measured over 15 s with
 * nobody editing and taken out at its rate: under valgrind an edit takes ~100 times longer, and
 * more so on a loaded machine. Two builds compared are best run at the same time. Ours varies
 * by about 10 % from run to run (whether a major GC falls in the window, JIT compilation), the
 * reference by under 1 %: a change smaller than that needs several runs, or a narrower bench.
 * Writes bench/results/syncInstructions.json and the callgrind files (for callgrind_annotate)
 * under bench/results/callgrind/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { CELL_IDS, createNote, editNoteText, type NoteId, notesMap } from '@avaa/board-model';
import type * as Y from 'yjs';
import { report } from '../report.ts';
import { round } from './load.ts';
import { kindsFromArgs, type ServerKind, startServerProcess } from './serverProcess.ts';
import { planRooms } from './setup.ts';
import { RoomProbe, SimClient } from './simClient.ts';

const ROOMS = 4;
const PEOPLE = 5;
const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const EDITS = argument('--edits', 400);
const WARMUP_EDITS = argument('--warmup', 200);
const kinds = kindsFromArgs(['avaa', 'reference']);
const OUT = new URL('./results/callgrind/', new URL('..', import.meta.url));

/** Wall time of the idle measure: a whole period of the clients' presence renewal (15 s). */
const IDLE_MS = 15_000;

/** The instructions a callgrind dump counted, once the server has written it. */
async function dumped(file: string): Promise<number> {
  for (let waited = 0; !existsSync(file) && waited < 60_000; waited += 100) await sleep(100);
  await sleep(500);
  return Number(/^totals:\s+(\d+)/m.exec(readFileSync(file, 'utf8'))?.[1] ?? Number.NaN);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once `doc`'s note holds `text`. */
function until(doc: Y.Doc, note: NoteId, text: string): Promise<void> {
  const holds = () => notesMap(doc).get(note)?.get('text')?.toString() === text;
  if (holds()) return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (!holds()) return;
      doc.off('update', check);
      resolve();
    };
    doc.on('update', check);
  });
}

/** One board's people; `round` makes person `round % PEOPLE` drag and type once. */
class Board {
  readonly #clients: SimClient[];
  readonly #notes: (NoteId | undefined)[] = [];
  constructor(clients: SimClient[]) {
    this.#clients = clients;
  }
  async round(index: number): Promise<void> {
    const who = index % this.#clients.length;
    const client = this.#clients[who] as SimClient;
    client.provider.awareness.setLocalStateField('drag', { note: 'n', x: index % 1920, y: index % 1080 });
    let note = this.#notes[who];
    if (note === undefined) {
      const created = createNote(client.doc, CELL_IDS[who % CELL_IDS.length] ?? 'start:services', { text: 'a' });
      if (!created.ok) throw new Error(created.error);
      note = created.value;
      this.#notes[who] = note;
    }
    const text = notesMap(client.doc).get(note)?.get('text')?.toString() ?? '';
    // Notes stay short (a long one would make every later edit cheaper or dearer).
    const next = text.length > 60 ? 'a' : `${text}${'palveluohjaus'[index % 13]}`;
    if (!editNoteText(client.doc, note, next).ok) throw new Error('edit refused');
    const stored = notesMap(client.doc).get(note)?.get('text')?.toString() ?? '';
    await Promise.all(this.#clients.map((other) => until(other.doc, note, stored)));
  }
  stop(): void {
    for (const client of this.#clients) client.stop();
  }
}

async function rounds(boards: readonly Board[], count: number, from: number): Promise<void> {
  for (let index = from; index < from + count; index++) await Promise.all(boards.map((board) => board.round(index)));
}

function callgrind(args: string[]): void {
  // valgrind names its control pipes after $HOST, which serverProcess.ts sets for the server.
  const run = spawnSync('callgrind_control', args, { encoding: 'utf8', env: { ...process.env, HOST: '127.0.0.1' } });
  if (process.env.DEBUG_CALLGRIND) console.log(run.stdout, run.stderr);
  if (run.status !== 0) throw new Error(`callgrind_control ${args.join(' ')}: ${run.stdout}${run.stderr}`);
}

/**
 * The process's read and write system calls so far (/proc/<pid>/io): the kernel's share of the
 * cost, which callgrind (user space only) does not count.
 */
function syscalls(pid: number): { reads: number; writes: number } {
  const io = readFileSync(`/proc/${pid}/io`, 'utf8');
  return { reads: Number(/^syscr: (\d+)/m.exec(io)?.[1]), writes: Number(/^syscw: (\d+)/m.exec(io)?.[1]) };
}

const rows: Record<string, unknown>[] = [];
mkdirSync(OUT, { recursive: true });
for (const kind of kinds) {
  const outFile = `${OUT.pathname}${kind}.callgrind`;
  process.env.BENCH_SERVER_WRAPPER = `valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=${outFile}.%p`;
  const server = await startServerProcess(kind as ServerKind);
  try {
    const plans = await planRooms(server, ROOMS, PEOPLE);
    const boards: Board[] = [];
    for (const plan of plans) {
      const clients = plan.people.map((_, index) => new SimClient(plan, index, new RoomProbe(PEOPLE)));
      if (!(await Promise.all(clients.map((client) => client.synced(120_000)))).every(Boolean)) {
        throw new Error('a client did not sync');
      }
      boards.push(new Board(clients));
    }
    await rounds(boards, WARMUP_EDITS / ROOMS, 0);
    await sleep(1000);
    // What the server does with nobody editing (timers, pings, the event-loop monitor), per
    // second: under valgrind each edit takes ~100 times longer, so this is taken out of the
    // window's count rather than charged to the edits.
    callgrind(['-i', 'on', String(server.pid)]);
    await sleep(IDLE_MS);
    callgrind(['-i', 'off', String(server.pid)]);
    callgrind(['-d', String(server.pid)]);
    const idlePerSecond = (await dumped(`${outFile}.${server.pid}.1`)) / (IDLE_MS / 1000);
    callgrind(['-i', 'on', String(server.pid)]);
    const ioBefore = syscalls(server.pid);
    const started = performance.now();
    await rounds(boards, EDITS / ROOMS, WARMUP_EDITS / ROOMS);
    // Whatever the server still does for these edits (commits, timers) counts too.
    await sleep(1500);
    callgrind(['-i', 'off', String(server.pid)]);
    const ioAfter = syscalls(server.pid);
    const seconds = (performance.now() - started) / 1000;
    callgrind(['-d', String(server.pid)]);
    for (const board of boards) board.stop();
    // The dump of the window is <file>.<pid>.2 (the one at exit counts nothing: counting was off).
    const dump = `${outFile}.${server.pid}.2`;
    const instructions = await dumped(dump);
    const idle = idlePerSecond * seconds;
    renameSync(dump, outFile);
    rmSync(`${outFile}.${server.pid}.1`, { force: true });
    rows.push({
      server: kind,
      boards: `${ROOMS}x${PEOPLE}`,
      edits: EDITS,
      'M instructions per edit': round((instructions - idle) / EDITS / 1e6, 3),
      'M idle per s': round(idlePerSecond / 1e6, 2),
      'M per edit with idle': round(instructions / EDITS / 1e6, 3),
      // Whole window, clock work included: an idle rate taken out here goes wrong (the clients'
      // presence renewals come in step, as they all joined together).
      'read calls per edit': round((ioAfter.reads - ioBefore.reads) / EDITS, 2),
      'write calls per edit': round((ioAfter.writes - ioBefore.writes) / EDITS, 2),
      'seconds under valgrind': round(seconds, 1),
    });
  } finally {
    await server.stop();
    rmSync(`${outFile}.${server.pid}`, { force: true });
  }
}
report('syncInstructions', rows);
const [avaa, reference] = ['avaa', 'reference'].map((kind) => rows.find((row) => row.server === kind));
if (avaa && reference) {
  const ratio = Number(avaa['M instructions per edit']) / Number(reference['M instructions per edit']);
  console.log(`instructions per edit, avaa / reference: ${round(ratio, 2)}`);
}
