import { createNote, notesInCell } from '@avaa/board-model';
import { CloseCode } from '@avaa/protocol';
import { afterEach, expect, test } from 'vitest';
import { createWorkshop, getJson } from './helpers/api.ts';
import { type Client, connectAs, disconnectAll, synced } from './helpers/clients.ts';
import { type CorpusCase, type Expectation, loadCorpus } from './helpers/corpus.ts';
import { eventually } from './helpers/eventually.ts';
import { syncStep1Frame } from './helpers/frames.ts';
import { closeRawSockets, opened, openRaw, type RawSocket, syncUrl } from './helpers/rawSocket.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { stallProbe } from './helpers/stallProbe.ts';

afterEach(async () => {
  disconnectAll();
  closeRawSockets();
  await closeTestServers();
});

const CELL = 'during:services';
// The target is 200 ms (the largest stall is printed: 29-79 ms here). The test only guards
// against real hangs, so that a busy 2-core CI machine cannot make it fail by timing alone.
const MAX_STALL_MS = 1000;
const texts = (notes: { text: string }[]) => notes.map((note) => note.text);

async function stillSyncing(from: Client, to: Client, text: string): Promise<void> {
  createNote(from.doc, CELL, { text });
  await eventually(() => expect(texts(notesInCell(to.doc, CELL))).toContain(text));
}

/** 'open' once the socket answers a sync step 1 sent after the case; else the close code. */
function outcome(raw: RawSocket): Promise<number | 'open'> {
  const answered = new Promise<'open'>((resolve) => {
    raw.socket.on('message', (data: Buffer) => {
      if (data[0] === 0x00 && data[1] === 0x01) resolve('open');
    });
  });
  if (raw.socket.readyState === raw.socket.OPEN) raw.socket.send(syncStep1Frame());
  return Promise.race([answered, raw.closed]);
}

function accepted(expectation: Expectation, result: number | 'open'): boolean {
  if (expectation === 'any') return result === 'open' || result === CloseCode.protocolError;
  return expectation === 'open' ? result === 'open' : result === CloseCode[expectation];
}

test('every corpus frame closes only its own socket, with the expected code, without stalling', async () => {
  const corpus = loadCorpus();
  const { url } = await startTestServer();
  const target = await createWorkshop(url, 'Target');
  const other = await createWorkshop(url, 'Bystander');
  const [a1, a2] = [connectAs(target, 'facilitator'), connectAs(target, 'participant')];
  const [b1, b2] = [connectAs(other, 'facilitator'), connectAs(other, 'participant')];
  await synced(a1, a2, b1, b2);
  const presence = { user: { name: 'Observer', colour: '#336699' } };
  a1.provider.awareness.setLocalState(presence);
  await eventually(() => expect(a2.provider.awareness.getStates().get(a1.doc.clientID)).toEqual(presence));

  // The server runs in this process: its stalls are this event loop's (and so are the test
  // clients', so the figure is an upper bound).
  const probe = stallProbe();
  const stalls: { name: string; ms: number }[] = [];
  for (const [index, item] of corpus.entries()) {
    probe.take();
    const result = await sendCase(target, item, a1.doc.clientID);
    expect(accepted(item.expect, result), `${item.file}: ${item.name} gave ${result}`).toBe(true);
    await stillSyncing(b1, b2, `Bystander after case ${index}`);
    // Includes relaying the case's effects, if any, to the room's clients.
    stalls.push({ name: item.name, ms: probe.take() });
  }
  probe.stop();

  await stillSyncing(a1, a2, 'Target room after the corpus');
  expect(a2.provider.awareness.getStates().get(a1.doc.clientID)).toEqual(presence);
  // A newcomer is sent every presence state: none of them may have poisoned the room.
  const late = connectAs(target, 'viewer');
  await synced(late);
  await eventually(() => expect(late.provider.awareness.getStates().get(a1.doc.clientID)).toEqual(presence));
  expect([...a1.closeCodes, ...a2.closeCodes, ...b1.closeCodes, ...b2.closeCodes, ...late.closeCodes]).toEqual([]);
  expect((await getJson(`${url}/healthz`)).status).toBe(200);
  const worst = stalls.reduce((a, b) => (b.ms > a.ms ? b : a));
  console.info(`corpus: ${corpus.length} cases, largest stall ${worst.ms.toFixed(1)} ms (${worst.name})`);
  expect(worst.ms, worst.name).toBeLessThan(MAX_STALL_MS);
  expect(corpus.length).toBeGreaterThanOrEqual(30);
});

async function sendCase(
  workshop: Awaited<ReturnType<typeof createWorkshop>>,
  item: CorpusCase,
  observerId: number,
): Promise<number | 'open'> {
  const raw = openRaw(syncUrl(workshop.sync, workshop.sync.board, workshop.sync.tokens.participant));
  await opened(raw);
  raw.socket.send(item.frame(observerId));
  const result = await outcome(raw);
  raw.socket.terminate();
  return result;
}
