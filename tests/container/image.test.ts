import { chmodSync, chownSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNote, notesInCell } from '@avaa/board-model';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { type CreatedWorkshop, createWorkshop, getJson } from '../integration/helpers/api.ts';
import { connectAs, disconnectAll, synced } from '../integration/helpers/clients.ts';
import { eventually } from '../integration/helpers/eventually.ts';
import { getExport } from '../integration/helpers/exchange.ts';
import { connectSaving, disconnectSaving, storedDoc } from '../integration/helpers/savedClients.ts';
import {
  buildBase,
  buildImage,
  containerTestsEnabled,
  IMAGE,
  podman,
  podmanStatus,
  requireContainerTools,
  runImage,
  runtimeFlags,
} from './support/podman.ts';

const CELL = 'start:services';
const NOTE = 'Ohjaamon chat-neuvonta iltaisin';
const METRICS_TOKEN = 'kaavio-mittarit-0123456789';
const METRICS_FROM_INSIDE =
  "fetch('http://127.0.0.1:8080/metrics').then(async (r) => console.log(r.status, await r.text()), () => process.exit(1))";
/** The image's `node` user, as in the official Node image. */
const NODE_UID = 1000;

// The image built from the Containerfile, run as docs/deployment.md says: read-only root file
// system (without even podman's default tmpfs on /tmp), a volume for DATA_DIR, a published port.
describe.runIf(containerTestsEnabled())('the container image', () => {
  let flags: string[];
  let dataDir: string;
  let container: { name: string; url: string } | undefined;
  let workshop: CreatedWorkshop;

  beforeAll(async () => {
    requireContainerTools();
    buildBase();
    flags = await runtimeFlags();
    buildImage(flags);
    dataDir = mkdtempSync(join(tmpdir(), 'avaa-container-'));
    chownSync(dataDir, NODE_UID, NODE_UID);
    chmodSync(dataDir, 0o700);
  });
  afterEach(() => {
    disconnectSaving();
    disconnectAll();
  });
  afterAll(async () => {
    if (container) await podmanStatus(['rm', '--force', '--volumes', '--time', '5', container.name]);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** A container of the image on `dataDir`, its /healthz answering; replaces the previous one. */
  async function start(extra: readonly string[] = []): Promise<{ name: string; url: string }> {
    if (container) await podman(['rm', '--force', '--volumes', '--time', '10', container.name]);
    const name = `avaa-ci-${process.pid}-${Date.now()}`;
    const url = await runImage(
      flags,
      name,
      // The HEALTHCHECK is run below by hand: no systemd timer for it here.
      ['--volume', `${dataDir}:/data`, '--publish', '127.0.0.1::8080', '--health-interval', 'disable', ...extra],
      async () => `http://127.0.0.1:${(await podman(['port', name, '8080/tcp'])).split(':').at(-1)}`,
    );
    container = { name, url };
    return container;
  }

  test('starts read-only and answers /healthz, also to its own HEALTHCHECK', async () => {
    const { name, url } = await start();
    expect(await getJson(`${url}/healthz`)).toMatchObject({ status: 200, body: { status: 'ok', storage: 'sqlite' } });
    expect(await podman(['inspect', '--format', '{{.HostConfig.ReadonlyRootfs}}', name])).toBe('true');
    expect(await podman(['image', 'inspect', '--format', '{{json .Config.Healthcheck.Test}}', IMAGE])).toContain(
      '/healthz',
    );
    expect((await podmanStatus(['healthcheck', 'run', name])).status).toBe(0);
    const page = await fetch(`${url}/`);
    expect([page.status, await page.text()]).toEqual([200, expect.stringContaining('<html lang="fi">')]);
  });

  test('runs as the unprivileged node user, who can write DATA_DIR and nothing else', async () => {
    const name = container?.name ?? '';
    expect(await podman(['image', 'inspect', '--format', '{{.Config.User}}', IMAGE])).toBe('node');
    expect(await podman(['exec', name, 'node', '-p', 'process.getuid() + ":" + process.getgid()'])).toBe('1000:1000');
    // The server's files in the volume belong to that user too.
    expect(statSync(join(dataDir, 'avaa.sqlite')).uid).toBe(NODE_UID);
    const write = (path: string) =>
      podmanStatus(['exec', name, 'node', '-e', `require('node:fs').writeFileSync(${JSON.stringify(path)}, 'x')`]);
    for (const path of ['/app/server/src/index.ts', '/app/x', '/tmp/x', '/home/node/x', '/etc/x']) {
      const attempt = await write(path);
      expect(attempt.status, path).not.toBe(0);
      expect(attempt.output, path).toMatch(/EROFS|EACCES/);
    }
    expect((await write('/data/probe')).status).toBe(0);
  });

  test('/metrics: served inside the container, not through the published port without METRICS_TOKEN', async () => {
    const name = container?.name ?? '';
    const inside = await podman(['exec', name, 'node', '-e', METRICS_FROM_INSIDE]);
    expect(inside).toMatch(/^200 /);
    expect(inside).toContain('avaa_sockets_open');
    // Published ports reach the server from the bridge's address, not loopback.
    const outside = await fetch(`${container?.url}/metrics`);
    expect(outside.status).toBe(404);
  });

  test('one edit through the image: saved into the volume, read by a second client', async () => {
    const url = container?.url ?? '';
    workshop = await createWorkshop(url);
    expect(workshop.sync.url).toBe(`${url.replace(/^http/, 'ws')}/sync`);
    const writer = connectSaving(workshop.sync, workshop.sync.tokens.facilitator);
    await eventually(() => expect(writer.connection.status.getSnapshot().state).toBe('live'), 15_000);
    if (!createNote(writer.doc, CELL, { text: NOTE }).ok) throw new Error('note not created');
    // "saved" (message 101) comes only after the server committed the edit to SQLite in /data.
    await eventually(() => expect(writer.connection.savedState.getSnapshot()).toBe('saved'), 15_000);
    const stored = notesInCell(storedDoc(dataDir, workshop.sync.board), CELL).map((note) => note.text);
    expect(stored).toEqual([NOTE]);

    const reader = connectAs(workshop, 'participant');
    await synced(reader);
    await eventually(() => expect(notesInCell(reader.doc, CELL).map((note) => note.text)).toEqual([NOTE]));
  });

  test('prints with the native renderer and fonts inside the image (PNG and PDF)', async () => {
    const url = container?.url ?? '';
    const token = workshop.sync.tokens.facilitator;
    const png = await getExport(url, workshop.id, 'format=png', token);
    expect([png.status, png.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect(Buffer.from(png.bytes.subarray(1, 4)).toString('latin1')).toBe('PNG');
    const pdf = await getExport(url, workshop.id, 'format=pdf&kind=table', token);
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(pdf.text.startsWith('%PDF-')).toBe(true);
  });

  test('a new container on the same volume serves the workshop, and stops cleanly on SIGTERM', async () => {
    const previous = container?.name ?? '';
    await podman(['stop', '--time', '20', previous], 30_000);
    // SIGTERM: sockets closed with 1012, rooms written out, exit 0 (not killed after the timeout).
    expect(await podman(['inspect', '--format', '{{.State.ExitCode}}', previous])).toBe('0');
    const { url } = await start(['--env', `METRICS_TOKEN=${METRICS_TOKEN}`]);
    const sync = { ...workshop.sync, url: `${url.replace(/^http/, 'ws')}/sync` };
    const reader = connectSaving(sync, workshop.sync.tokens.participant);
    await eventually(() => expect(notesInCell(reader.doc, CELL).map((note) => note.text)).toEqual([NOTE]), 15_000);
    // With METRICS_TOKEN set, a scraper outside the container gets the metrics with it only.
    expect((await fetch(`${url}/metrics`)).status).toBe(401);
    const scraped = await fetch(`${url}/metrics`, { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } });
    expect([scraped.status, await scraped.text()]).toEqual([200, expect.stringContaining('avaa_rooms_open')]);
  });
});
