/**
 * The reveal of private writing (issue 18): 10 people write 10 notes each alone on the common
 * table, then the facilitator reveals. Measured: how long the reveal API takes to answer (stored),
 * and how long until every screen (the 10 participants, the facilitator and the projector, each a
 * stock y-websocket client on the common table) holds all 100 notes. Our server in this process
 * with SQLite (synchronous=FULL). `npx node bench/privateReveal.ts [--quick]`. Prints a table and
 * writes bench/results/privateReveal.json. No pass/fail: a report.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNote, readAllNotes, readPrivateCounts } from '@avaa/board-model';
import { privateRoomName, type WorkshopId, workshopRoomName } from '@avaa/protocol';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { silentLogger, startServer } from '../server/src/index.ts';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 1 : 5;
const PEOPLE = 10;
const NOTES_EACH = 10;
const CELLS = ['start:services', 'during:collaboration', 'ending:participation', 'before:services'] as const;

type Created = { id: WorkshopId; sync: { url: string; tokens: Record<string, string> } };
type Client = { doc: Y.Doc; provider: WebsocketProvider };

const dataDir = mkdtempSync(join(tmpdir(), 'avaa-bench-reveal-'));
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  dataDir,
  logger: silentLogger,
  staticDir: join(dataDir, 'no-web-build'),
  workshopCreationsPerHour: 1000,
});

async function post(path: string, body: unknown, token?: string): Promise<unknown> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

function connect(url: string, room: string, token: string): Client {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url, room, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  return { doc, provider };
}

async function until(check: () => boolean, budgetMs = 60_000): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > budgetMs) throw new Error('not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

const close = (clients: readonly Client[]) => {
  for (const { provider, doc } of clients) {
    provider.destroy();
    doc.destroy();
  }
};

async function run(): Promise<{ answerMs: number; firstScreenMs: number; allScreensMs: number }> {
  const workshop = (await post('/api/workshops', { title: 'Ohjaamo: vertailu', language: 'fi' })) as Created;
  const { url, tokens } = workshop.sync;
  const people = await Promise.all(
    Array.from({ length: PEOPLE }, (_, i) =>
      post(
        `/api/workshops/${workshop.id}/join`,
        { name: `Työntekijä ${i + 1}`, role: 'core-staff' },
        tokens.participant,
      ),
    ),
  );
  const joined = people as { person: { id: string }; token: string }[];
  const counts = connect(url, workshopRoomName(workshop.id), tokens.viewer as string);
  const writers = joined.map(({ person, token }) =>
    connect(url, privateRoomName(workshop.id, { kind: 'plenary' }, person.id as never), token),
  );
  await until(() => writers.every((writer) => writer.provider.synced));
  writers.forEach((writer, person) => {
    for (let note = 0; note < NOTES_EACH; note++) {
      const cell = CELLS[note % CELLS.length] as (typeof CELLS)[number];
      createNote(writer.doc, cell, { text: `Palvelu ${person + 1}.${note + 1}: matalan kynnyksen ohjaus` });
    }
  });
  const written = () => readPrivateCounts(counts.doc, { kind: 'plenary' }).reduce((sum, c) => sum + c.count, 0);
  await until(() => written() === PEOPLE * NOTES_EACH);
  const screens = [
    ...joined.map(({ token }) => connect(url, `${workshop.id}/plenary`, token)),
    connect(url, `${workshop.id}/plenary`, tokens.facilitator as string),
    connect(url, `${workshop.id}/plenary`, tokens.viewer as string),
  ];
  await until(() => screens.every((screen) => screen.provider.synced));
  const seen = screens.map(() => Number.NaN);
  const started = performance.now();
  screens.forEach((screen, index) => {
    screen.doc.on('update', () => {
      if (Number.isNaN(seen[index]) && readAllNotes(screen.doc).length === PEOPLE * NOTES_EACH) {
        seen[index] = performance.now() - started;
      }
    });
  });
  const answer = (await post(`/api/workshops/${workshop.id}/reveal/plenary`, {}, tokens.facilitator)) as {
    added: number;
  };
  const answerMs = performance.now() - started;
  if (answer.added !== PEOPLE * NOTES_EACH) throw new Error(`revealed ${answer.added}`);
  await until(() => seen.every((ms) => !Number.isNaN(ms)));
  close([counts, ...writers, ...screens]);
  return { answerMs, firstScreenMs: Math.min(...seen), allScreensMs: Math.max(...seen) };
}

const rows = [];
for (let i = 0; i < RUNS; i++) {
  const result = await run();
  rows.push({
    run: i + 1,
    notes: PEOPLE * NOTES_EACH,
    people: PEOPLE,
    screens: PEOPLE + 2,
    answerMs: Math.round(result.answerMs),
    firstScreenMs: Math.round(result.firstScreenMs),
    allScreensMs: Math.round(result.allScreensMs),
  });
}
console.table(rows);
await server.close();
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('./results/privateReveal.json', import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`,
);
