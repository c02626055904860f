import { createNote, notesInCell } from '@avaa/board-model';
import { CloseCode } from '@avaa/protocol';
import type { Logger } from '@avaa/server';
import * as encoding from 'lib0/encoding';
import { afterEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createWorkshop, getJson, joinAs, postJoin } from './helpers/api.ts';
import { connectAs, connectClient, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { mutatedFrames } from './helpers/mutations.ts';
import { closeRawSockets, opened, openRaw, syncUrl } from './helpers/rawSocket.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';

afterEach(async () => {
  disconnectAll();
  closeRawSockets();
  await closeTestServers();
});

function truncatedUpdateFrame(text: string): Uint8Array {
  const doc = new Y.Doc();
  createNote(doc, 'start:services', { text });
  const update = Y.encodeStateAsUpdate(doc);
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, 0);
  encoding.writeVarUint(frame, 2);
  encoding.writeVarUint8Array(frame, update.slice(0, update.length - 6));
  return encoding.toUint8Array(frame);
}

// Logs hold no note text, no names and no tokens, at every level, on the paths where a payload
// is closest to a log line: sync, refused tokens, malformed frames, malformed API bodies.
const CANARY = 'Kanarialintu-7f3a';

test('no log line, at any level, holds note text, a name or a token', async () => {
  const lines: string[] = [];
  const logger: Logger = (level, event, fields = {}) => lines.push(JSON.stringify({ level, event, ...fields }));
  const { url } = await startTestServer({ logger });
  const workshop = await createWorkshop(url, `Työpaja ${CANARY}`);
  const person = await joinAs(url, workshop, `Nimi ${CANARY}`);
  const writer = connectClient(workshop.sync, person.token);
  const reader = connectAs(workshop, 'viewer');
  await synced(writer, reader);
  createNote(writer.doc, 'start:services', { text: `Lappu ${CANARY}` });
  await eventually(() => expect(notesInCell(reader.doc, 'start:services')).toHaveLength(1));

  // A forged token carrying the canary, a malformed join body, a malformed import body.
  const forged = openRaw(syncUrl(workshop.sync, workshop.sync.board, `v1.${CANARY}.sig`));
  await forged.closed;
  await postJoin(url, workshop.id, `{"name": "${CANARY}`, person.token);
  await fetch(`${url}/api/workshops/import`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: `{"format": "${CANARY}", oops`,
  });
  await getJson(`${url}/api/workshops/${workshop.id}/export?format=json&token=${CANARY}`);
  // A valid join code looked up by the start page is as good as the participant link.
  expect((await getJson(`${url}/api/join/${workshop.joinCode}`)).status).toBe(200);
  // Malformed frames from a writer: mutated ones, and an update holding the canary cut short.
  const raw = openRaw(syncUrl(workshop.sync, workshop.sync.board, person.token));
  await opened(raw);
  for (const frame of mutatedFrames(3, 50)) if (raw.socket.readyState === raw.socket.OPEN) raw.socket.send(frame);
  const again = openRaw(syncUrl(workshop.sync, workshop.sync.board, person.token));
  await opened(again);
  again.socket.send(truncatedUpdateFrame(`Lappu ${CANARY} ${CANARY}`));
  expect(await again.closed).toBe(CloseCode.protocolError);
  await new Promise((resolve) => setTimeout(resolve, 200));

  expect(lines.length).toBeGreaterThan(5);
  const secrets = [CANARY, person.token, workshop.joinCode, ...Object.values(workshop.sync.tokens)];
  for (const secret of secrets) {
    const leaking = lines.filter((line) => line.includes(secret));
    expect(leaking, `a log line holds ${secret === CANARY ? 'the canary' : 'a token or join code'}`).toEqual([]);
  }
});
