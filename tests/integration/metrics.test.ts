import { createNote, notesInCell } from '@avaa/board-model';
import { CloseCode, MAX_MESSAGE_BYTES } from '@avaa/protocol';
import { afterEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createWorkshop } from './helpers/api.ts';
import { connectAs, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { getExport } from './helpers/exchange.ts';
import { updateFrame } from './helpers/forgery.ts';
import { queryAwarenessFrame } from './helpers/frames.ts';
import { has, type Sample, sampleValue, scrape } from './helpers/metrics.ts';
import { TEST_CELL } from './helpers/notes.ts';
import { closeRawSockets, opened, openRaw, syncUrl } from './helpers/rawSocket.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { sqliteWith } from './helpers/storage.ts';

afterEach(async () => {
  disconnectAll();
  closeRawSockets();
  await closeTestServers();
});

/** How much a sample moved between two scrapes. */
const moved = (before: Sample[], after: Sample[], name: string, labels: Record<string, string> = {}) =>
  sampleValue(after, name, labels) - sampleValue(before, name, labels);

describe('GET /metrics after real traffic (issue 19, point 3)', () => {
  test('counts sockets, rooms, messages, applies, commits, refusals, rate limits and renders', async () => {
    const server = await startTestServer({ joinLookupBurst: 2, joinLookupsPerMinute: 1 });
    const { url } = server;
    const workshop = await createWorkshop(url);
    const before = await scrape(url);

    // A stock Yjs client writes a note over a real WebSocket; another sees it.
    const writer = connectAs(workshop, 'participant');
    const reader = connectAs(workshop, 'viewer');
    await synced(writer, reader);
    createNote(writer.doc, TEST_CELL, { text: 'Walk-in guidance on Tuesdays' });
    await eventually(() => expect(notesInCell(reader.doc, TEST_CELL)).toHaveLength(1));
    // A forged token: refused with 4401.
    const forged = openRaw(syncUrl(workshop.sync, workshop.sync.board, 'v1.forged.signature'));
    expect(await forged.closed).toBe(CloseCode.unauthorized);
    // A frame past the size limit: ws closes the socket itself with 1009.
    const big = openRaw(syncUrl(workshop.sync, workshop.sync.board, workshop.sync.tokens.viewer));
    await opened(big);
    big.socket.send(new Uint8Array(MAX_MESSAGE_BYTES + 1));
    expect(await big.closed).toBe(CloseCode.messageTooBig);
    // Join-code lookups past the address's burst of 2: the third is refused.
    const lookups = [];
    for (let i = 0; i < 3; i++) lookups.push((await fetch(`${url}/api/join/zzzzzz`)).status);
    expect(lookups).toEqual([404, 404, 429]);
    // A PDF and a PNG of the table, rendered in the job pool.
    const token = workshop.sync.tokens.facilitator;
    expect((await getExport(url, workshop.id, 'format=pdf&kind=table&paper=A3', token)).status).toBe(200);
    expect((await getExport(url, workshop.id, 'format=png', token)).status).toBe(200);

    const after = await eventually(async () => {
      const samples = await scrape(url);
      expect(moved(before, samples, 'avaa_storage_commit_seconds_count', { backend: 'sqlite' })).toBeGreaterThan(0);
      expect(sampleValue(samples, 'avaa_sockets_open', { kind: 'admitting' })).toBe(0);
      return samples;
    });
    expect(sampleValue(after, 'avaa_sockets_open', { kind: 'board' })).toBe(2);
    expect(sampleValue(after, 'avaa_sockets_open', { kind: 'workshop' })).toBe(0);
    // The board, and the workshop room it holds for the rights.
    expect(sampleValue(after, 'avaa_rooms_open', { kind: 'board' })).toBe(1);
    expect(sampleValue(after, 'avaa_rooms_open', { kind: 'workshop' })).toBe(1);

    expect(moved(before, after, 'avaa_sync_messages_received_total')).toBeGreaterThanOrEqual(3);
    expect(moved(before, after, 'avaa_sync_received_bytes_total')).toBeGreaterThan('Walk-in guidance'.length);
    expect(moved(before, after, 'avaa_sync_messages_sent_total')).toBeGreaterThanOrEqual(3);
    expect(moved(before, after, 'avaa_sync_sent_bytes_total')).toBeGreaterThan('Walk-in guidance'.length);
    expect(moved(before, after, 'avaa_sync_update_apply_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(moved(before, after, 'avaa_sync_update_apply_seconds_sum')).toBeGreaterThan(0);

    expect(moved(before, after, 'avaa_sync_closes_total', { code: 'unauthorized' })).toBe(1);
    expect(moved(before, after, 'avaa_sync_closes_total', { code: 'messageTooBig' })).toBe(1);
    expect(moved(before, after, 'avaa_rate_limited_total', { limiter: 'join-lookups' })).toBe(1);
    expect(moved(before, after, 'avaa_http_requests_total', { status: '429' })).toBe(1);
    expect(moved(before, after, 'avaa_http_requests_total', { status: '404' })).toBe(2);
    expect(moved(before, after, 'avaa_job_seconds_count', { kind: 'pdf', outcome: 'ok' })).toBe(1);
    expect(moved(before, after, 'avaa_job_seconds_count', { kind: 'image', outcome: 'ok' })).toBe(1);
    expect(sampleValue(after, 'avaa_job_seconds_sum', { kind: 'pdf', outcome: 'ok' })).toBeGreaterThan(0);
    expect(sampleValue(after, 'avaa_job_seconds_bucket', { kind: 'pdf', outcome: 'ok', le: '+Inf' })).toBe(1);
    expect(has(after, 'avaa_storage_errors_total')).toBe(false);

    expect(sampleValue(after, 'avaa_event_loop_delay_seconds', { stat: 'p99' })).toBeGreaterThan(0);
    expect(sampleValue(after, 'avaa_process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sampleValue(after, 'avaa_process_cpu_seconds_total')).toBeGreaterThan(0);
    // Every name is ours and in Prometheus' units.
    for (const sample of after) expect(sample.name).toMatch(/^avaa_[a-z_]+$/);
  });

  test('each frame in and out is counted once, with its bytes', async () => {
    const { url } = await startTestServer();
    const workshop = await createWorkshop(url);
    const raw = openRaw(syncUrl(workshop.sync, workshop.sync.board, workshop.sync.tokens.viewer));
    const sizes: number[] = [];
    raw.socket.on('message', (data: Buffer) => sizes.push(data.byteLength));
    await opened(raw);
    // The server's sync step 1; nobody else is present, so no presence follows.
    await eventually(() => expect(sizes).toHaveLength(1));
    const before = await scrape(url);
    raw.socket.send(queryAwarenessFrame());
    raw.socket.send(queryAwarenessFrame());
    await eventually(() => expect(sizes).toHaveLength(3));
    const after = await scrape(url);
    expect(moved(before, after, 'avaa_sync_messages_received_total')).toBe(2);
    expect(moved(before, after, 'avaa_sync_received_bytes_total')).toBe(2 * queryAwarenessFrame().byteLength);
    expect(moved(before, after, 'avaa_sync_messages_sent_total')).toBe(2);
    expect(moved(before, after, 'avaa_sync_sent_bytes_total')).toBe((sizes[1] ?? 0) + (sizes[2] ?? 0));
    expect(sampleValue(after, 'avaa_sockets_open', { kind: 'board' })).toBe(1);

    // A viewer's note is dropped (no right to write), counted by its reason; the socket stays.
    const note = new Y.Doc();
    createNote(note, TEST_CELL, { text: 'Not for viewers' });
    raw.socket.send(updateFrame(Y.encodeStateAsUpdate(note)));
    await eventually(async () => {
      expect(sampleValue(await scrape(url), 'avaa_sync_dropped_total', { why: 'no-right' })).toBe(1);
    });
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
  });

  test('a storage that fails is counted by backend and operation, and its sockets closed 1011', async () => {
    const { url } = await startTestServer({
      openStorage: sqliteWith(() => ({ appendUpdates: () => Promise.reject(new Error('disk full')) })),
    });
    const workshop = await createWorkshop(url);
    const writer = connectAs(workshop, 'facilitator');
    await synced(writer);
    createNote(writer.doc, TEST_CELL, { text: 'Lost to a full disk' });
    await eventually(() => expect(writer.closeCodes).toContain(CloseCode.internalError));
    const samples = await scrape(url);
    const labels = { backend: 'custom', operation: 'appendUpdates' };
    expect(sampleValue(samples, 'avaa_storage_errors_total', labels)).toBeGreaterThanOrEqual(1);
    expect(sampleValue(samples, 'avaa_sync_closes_total', { code: 'internalError' })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(samples, 'avaa_storage_commit_seconds_count', { backend: 'custom' })).toBe(0);
  });
});
