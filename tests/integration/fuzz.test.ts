import { createNote, notesInCell } from '@avaa/board-model';
import { afterEach, expect, test } from 'vitest';
import { createWorkshop, getJson, joinAs } from './helpers/api.ts';
import { type Client, connectAs, connectClient, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { mutatedFrames } from './helpers/mutations.ts';
import { closeRawSockets, opened, openRaw, type RawSocket, syncUrl } from './helpers/rawSocket.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { stallProbe } from './helpers/stallProbe.ts';

afterEach(async () => {
  disconnectAll();
  closeRawSockets();
  await closeTestServers();
});

// Mutation fuzzing through the real socket: frames a real client sends (board updates, sync
// steps, awareness, save requests), bit-flipped, truncated, spliced and repeated, sent by a
// participant. CI sends 2,000; FUZZ_CASES=100000 runs the long mode. The server must stay up,
// close at most the offending socket, and keep every other socket and room working.
const CASES = Number(process.env.FUZZ_CASES ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 1);
// Guards against hangs only (the largest stall is printed): a busy CI machine must not fail it.
const MAX_STALL_MS = 1000;
const CELL = 'during:services';
const texts = (notes: { text: string }[]) => notes.map((note) => note.text);

async function stillSyncing(from: Client, to: Client, text: string): Promise<void> {
  createNote(from.doc, CELL, { text });
  await eventually(() => expect(texts(notesInCell(to.doc, CELL))).toContain(text));
}

test(
  'mutated frames never take the server, another socket or another room down',
  async () => {
    const { url } = await startTestServer();
    const target = await createWorkshop(url, 'Fuzz target');
    const other = await createWorkshop(url, 'Bystander');
    const [a1, a2] = [connectAs(target, 'facilitator'), connectAs(target, 'viewer')];
    const [b1, b2] = [connectAs(other, 'facilitator'), connectAs(other, 'participant')];
    await synced(a1, a2, b1, b2);
    const fuzzer = await joinAs(url, target, 'Fuzz');
    const address = syncUrl(target.sync, target.sync.board, fuzzer.token);

    // Made before the probe starts: generating them is the test's work, not the server's.
    const frames = mutatedFrames(SEED, CASES);
    const probe = stallProbe();
    let worst = 0;
    let worstCase = -1;
    let closedSockets = 0;
    let raw: RawSocket | null = null;
    for (const [index, frame] of frames.entries()) {
      if (raw === null || raw.socket.readyState !== raw.socket.OPEN) {
        if (raw) closedSockets += 1;
        raw = openRaw(address);
        await opened(raw).catch(() => undefined);
      }
      raw.socket.send(frame);
      // Let the server handle it before measuring; every 100 cases prove the bystanders still sync.
      await new Promise((resolve) => setImmediate(resolve));
      const stall = probe.take();
      if (stall > worst) [worst, worstCase] = [stall, index];
      if (index % 100 === 99) await stillSyncing(b1, b2, `Bystander after ${index + 1}`);
    }
    probe.stop();
    console.info(
      `fuzz: ${CASES} cases (seed ${SEED}), ${closedSockets} sockets closed, largest stall ${worst.toFixed(1)} ms (case ${worstCase})`,
    );

    expect((await getJson(`${url}/healthz`)).status).toBe(200);
    await stillSyncing(a1, connectClient(target.sync, target.sync.tokens.viewer), 'Target room after fuzzing');
    await stillSyncing(b1, b2, 'Bystander after fuzzing');
    expect([...a1.closeCodes, ...a2.closeCodes, ...b1.closeCodes, ...b2.closeCodes]).toEqual([]);
    expect(worst).toBeLessThan(MAX_STALL_MS);
  },
  Math.max(120_000, CASES * 10),
);
