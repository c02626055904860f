import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CELL_IDS, createNote, editNoteText, readAllNotes } from '@avaa/board-model';
import { seededRandom } from '../../packages/board-model/src/testing/seededRandom.ts';
import { createWorkshop, joinAs, syncOn } from '../integration/helpers/api.ts';
import { type ChaosClient, chaosClient, readServerCopy } from './chaosClient.ts';
import { freePort, killableServer } from './serverProcess.ts';

export type ChaosOptions = {
  readonly clients: number;
  readonly workshops: number;
  readonly editsPerSecond: number;
  readonly durationMs: number;
  /** Kill -9 after a random wait in this range, restart after `downMs`. */
  readonly killEveryMs: readonly [number, number];
  readonly downMs: readonly [number, number];
  readonly seed: number;
};

export type ChaosReport = {
  readonly seed: number;
  readonly clients: number;
  readonly kills: number;
  readonly edits: number;
  readonly acknowledged: number;
  /** Edits the client was told were saved, missing on the server before any client resynced. */
  readonly acknowledgedLost: number;
  /** Edits missing on the server after every client resynced. */
  readonly lostAfterResync: number;
  readonly unsavedAtEnd: number;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * 30 people typing across a few workshops while the server is killed with SIGKILL and
 * restarted at random. Every edit carries a unique marker; an edit counts as acknowledged once
 * its client's saved state said "saved" after it. At the end the clients are stopped, the
 * server is killed once more and restarted, and a fresh reader counts the acknowledged markers
 * the server lacks (must be 0); then the clients reconnect, resync, and the count of all
 * markers missing is taken again (must be 0 too).
 */
export async function runChaos(options: ChaosOptions, log: (line: string) => void = () => {}): Promise<ChaosReport> {
  const random = seededRandom(options.seed);
  const between = ([low, high]: readonly [number, number]) => low + random() * (high - low);
  const dataDir = mkdtempSync(join(tmpdir(), 'avaa-chaos-'));
  const server = killableServer(await freePort(), dataDir);
  await server.start();
  const clients: ChaosClient[] = [];
  let kills = 0;
  try {
    for (let w = 0; w < options.workshops; w++) {
      const workshop = await createWorkshop(server.url, `Kaaostesti ${w + 1}`);
      const sync = syncOn(server, workshop);
      for (let c = w; c < options.clients; c += options.workshops) {
        const person = await joinAs(server.url, workshop, `Työntekijä ${c + 1}`);
        clients.push(chaosClient(c, sync, person.token));
      }
    }
    const until = Date.now() + options.durationMs;
    const typing = Promise.all(clients.map((client) => type(client, until, options.editsPerSecond, random)));
    while (Date.now() < until) {
      await sleep(Math.min(between(options.killEveryMs), Math.max(0, until - Date.now())));
      if (Date.now() >= until) break;
      await server.kill();
      kills += 1;
      log(`kill ${kills}: ${clients.reduce((sum, client) => sum + client.markers.length, 0)} edits so far`);
      await sleep(between(options.downMs));
      await server.start();
    }
    await typing;
    // Give the last edits a chance to be acknowledged, then cut everything at once.
    await Promise.race([Promise.all(clients.map((client) => client.settled())), sleep(10_000)]);
    for (const client of clients) client.disconnect();
    await server.kill();
    kills += 1;
    await server.start();
    const acknowledgedLost = await missing(server.url, clients, (client) => client.acknowledgedMarkers());
    for (const client of clients) client.reconnect();
    await Promise.race([Promise.all(clients.map((client) => client.settled())), sleep(30_000)]);
    const unsavedAtEnd = clients.filter((client) => client.savedState() !== 'saved').length;
    const lostAfterResync = await missing(server.url, clients, (client) => client.markers);
    return {
      seed: options.seed,
      clients: clients.length,
      kills,
      edits: clients.reduce((sum, client) => sum + client.markers.length, 0),
      acknowledged: clients.reduce((sum, client) => sum + client.acknowledgedMarkers().length, 0),
      acknowledgedLost,
      lostAfterResync,
      unsavedAtEnd,
    };
  } finally {
    for (const client of clients) client.destroy();
    await server.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Two edits a second, roughly: mostly new notes, some appended to one of the client's own. */
async function type(client: ChaosClient, until: number, perSecond: number, random: () => number) {
  while (Date.now() < until) {
    await sleep((1000 / perSecond) * (0.5 + random()));
    const marker = client.nextMarker();
    const own = readAllNotes(client.doc).filter((note) => note.text.startsWith(`c${client.index}-`));
    const target = own[Math.floor(random() * own.length)];
    const cell = CELL_IDS[Math.floor(random() * CELL_IDS.length)] ?? 'start:services';
    const appended = target && random() < 0.3 && target.text.length < 400;
    const result = appended
      ? editNoteText(client.doc, target.id, `${target.text} ${marker}`)
      : createNote(client.doc, cell, { text: marker });
    if (result.ok) client.edited(marker);
  }
}

/** How many of the clients' markers no note on the server holds, per a fresh reader of each board. */
async function missing(
  url: string,
  clients: readonly ChaosClient[],
  markers: (client: ChaosClient) => readonly string[],
) {
  let count = 0;
  const boards = new Map<string, ChaosClient[]>();
  for (const client of clients) boards.set(client.board, [...(boards.get(client.board) ?? []), client]);
  for (const [, group] of boards) {
    const first = group[0];
    if (!first) continue;
    const words = new Set((await readServerCopy(url, first)).flatMap((text) => text.split(' ')));
    for (const client of group) count += markers(client).filter((marker) => !words.has(marker)).length;
  }
  return count;
}
