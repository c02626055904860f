import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNote, newNotes, readNote } from '@avaa/board-model';
import { checkPhotoAnswer, type PhotoNote, printedLink } from '@avaa/protocol';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { generatePhoto, type Truth } from '../../bench/photo/generate.ts';
import { createWorkshop } from './helpers/api.ts';
import { must } from './helpers/apiResults.ts';
import { connectAs, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { bombPng, fetchImage, jpegPhoto } from './helpers/images.ts';
import { postDeclaringMore, postPhoto, printedTemplate } from './helpers/photos.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { groupedWorkshop } from './helpers/workshop.ts';

// One generated photo of a printout with paper notes (bench/photo: 20 notes, 12 megapixels), made once.
const SEED = 3;
let dir: string;
let truth: Truth;
let photo: Buffer;
let template: Buffer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'avaa-photo-api-'));
  truth = await generatePhoto(SEED, dir);
  photo = readFileSync(join(dir, truth.photo.file));
  template = await printedTemplate(dir);
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

async function photoWorkshop(options: Parameters<typeof startTestServer>[0] = {}) {
  const server = await startTestServer(options);
  const workshop = await createWorkshop(server.url);
  const { tokens } = workshop.sync;
  const post = (bytes: Uint8Array, token: string | undefined = tokens.facilitator, type = 'image/jpeg') =>
    postPhoto(server.url, workshop.id, 'plenary', token, bytes, type);
  return { server, workshop, tokens, post };
}

function centre(points: readonly { x: number; y: number }[]) {
  return {
    x: points.reduce((s, p) => s + p.x, 0) / points.length,
    y: points.reduce((s, p) => s + p.y, 0) / points.length,
  };
}

describe('POST …/photo: paper to table', () => {
  test('a photo of a printout answers its notes; their crops are images of the board a reader may fetch, without metadata; the same photo again stores nothing twice', {
    timeout: 120_000,
  }, async () => {
    const { workshop, tokens, post, server } = await photoWorkshop();
    const answer = await post(photo);
    // The sheet is found (422 no-printout-found otherwise).
    expect(answer.status).toBe(200);
    const checked = checkPhotoAnswer(answer.body);
    expect(checked.ok).toBe(true);
    const notes = answer.body as PhotoNote[];
    const sha256 = createHash('sha256').update(photo).digest('hex');
    for (const [n, note] of notes.entries()) {
      expect(note.key).toBe(`${sha256}:${n}`);
      expect(note.box).toHaveLength(4);
      for (const p of note.box) {
        expect(p.x).toBeGreaterThanOrEqual(-50);
        expect(p.x).toBeLessThanOrEqual(truth.photo.width + 50);
      }
      expect(note.confidence).toBeGreaterThanOrEqual(0);
      expect(note.confidence).toBeLessThanOrEqual(1);
      const crop = await fetchImage(server.url, workshop.id, 'plenary', note.crop, tokens.viewer);
      expect([crop.status, crop.headers.get('content-type')]).toEqual([200, 'image/jpeg']);
      const metadata = await sharp(crop.bytes).metadata();
      expect([metadata.exif, metadata.xmp, metadata.icc]).toEqual([undefined, undefined, undefined]);
    }
    // Listed on the board like any upload (so an unused crop is erased after the grace).
    const viewer = connectAs(workshop, 'viewer');
    await synced(viewer);
    const listed = () => [...viewer.doc.getMap('images').keys()].sort();
    await eventually(() => expect(listed()).toEqual([...new Set(notes.map((n) => n.crop))].sort()));

    const again = await post(photo);
    expect(again).toMatchObject({ status: 200, body: answer.body });
    expect(listed()).toEqual([...new Set(notes.map((n) => n.crop))].sort());
  });

  test('finds at least 80 % of the paper notes on the photo, and 95 % of those found in their cell', {
    timeout: 120_000,
  }, async () => {
    const { post } = await photoWorkshop();
    const answer = await post(photo);
    expect(answer.status).toBe(200);
    const notes = answer.body as PhotoNote[];
    const placed = truth.notes.filter((note) => note.cell !== undefined);
    let found = 0;
    let right = 0;
    for (const note of placed) {
      const want = centre(note.photo);
      const side = Math.hypot(note.photo[1]!.x - note.photo[0]!.x, note.photo[1]!.y - note.photo[0]!.y);
      const match = notes.find((n) => {
        const got = centre(n.box);
        return Math.hypot(got.x - want.x, got.y - want.y) < side / 3;
      });
      if (!match) continue;
      found += 1;
      if (match.cell === note.cell) right += 1;
    }
    expect(found).toBeGreaterThanOrEqual(0.8 * placed.length);
    expect(right).toBeGreaterThanOrEqual(0.95 * found);
  });

  test('a second photo of the same table from elsewhere shows its notes at the same places: one paper note each', {
    timeout: 180_000,
  }, async () => {
    const retake = await generatePhoto(SEED, dir, { retake: 1 });
    const { post } = await photoWorkshop();
    const first = (await post(photo)).body as PhotoNote[];
    const second = await post(readFileSync(join(dir, retake.photo.file)));
    expect(second.status).toBe(200);
    const notes = second.body as PhotoNote[];
    expect(notes.every((note) => note.place?.printout === first[0]?.place?.printout)).toBe(true);
    const { notes: fresh, repeated } = newNotes(first, notes);
    console.log(
      `two photos of one table: ${first.length} and ${notes.length} notes found, ${repeated} on both, ${truth.notes.length} on the table`,
    );
    // Each note of the table at most once over both photos; both found most of the same ones.
    expect(repeated).toBeGreaterThanOrEqual(0.8 * Math.min(first.length, notes.length));
    expect(first.length + fresh.length).toBeLessThanOrEqual(truth.notes.length + 2);
  });
});

describe('POST …/photo: a blank template’s QR code names its board', () => {
  // Seed 14: a blank A4 template (its QR code readable on the photo), printed for group 2's board.
  test('its photo is read onto that board, and refused on another board or workshop, storing nothing', {
    timeout: 180_000,
  }, async () => {
    const server = await startTestServer();
    const { workshop } = await groupedWorkshop(server.url);
    const { facilitator } = workshop.sync.tokens;
    const printed = await generatePhoto(14, dir, {
      link: printedLink(workshop.links.participant, { kind: 'group', group: 2 }),
    });
    const bytes = readFileSync(join(dir, printed.photo.file));
    const elsewhere = await postPhoto(server.url, workshop.id, 'plenary', facilitator, bytes);
    expect(elsewhere).toMatchObject({ status: 409, body: { error: 'printout-of-another-board' } });
    const other = await groupedWorkshop(server.url);
    const otherWorkshop = await postPhoto(
      server.url,
      other.workshop.id,
      '2',
      other.workshop.sync.tokens.facilitator,
      bytes,
    );
    expect(otherWorkshop).toMatchObject({ status: 409, body: { error: 'printout-of-another-board' } });
    const viewer = connectAs(workshop, 'viewer');
    await synced(viewer);
    expect([...viewer.doc.getMap('images').keys()]).toEqual([]);

    const right = await postPhoto(server.url, workshop.id, '2', facilitator, bytes);
    expect(right.status).toBe(200);
    expect((right.body as PhotoNote[]).length).toBeGreaterThan(0);
  });
});

describe('POST …/photo: attacks', () => {
  test('only a token that may write the board; no images, bombs, oversize bodies or photos of no printout', {
    timeout: 60_000,
  }, async () => {
    const { server, workshop, tokens, post } = await photoWorkshop();
    const other = await createWorkshop(server.url);
    expect((await post(template, '')).status).toBe(401);
    expect(await post(template, other.sync.tokens.facilitator)).toMatchObject({ status: 401 });
    expect(await post(template, tokens.viewer)).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    expect(await post(template, tokens.facilitator, 'text/plain')).toMatchObject({
      status: 415,
      body: { error: 'unsupported-media-type' },
    });
    expect(await post(Buffer.from('garbage, not a photo at all'))).toMatchObject({
      status: 415,
      body: { error: 'not-an-image' },
    });
    expect(await post(bombPng(), tokens.facilitator, 'image/png')).toMatchObject({
      status: 413,
      body: { error: 'image-too-large' },
    });
    expect(await post(await jpegPhoto(1600, 1200))).toMatchObject({
      status: 422,
      body: { error: 'no-printout-found' },
    });
    // 21 MB declared: refused on its Content-Length, before the body (only 1 MiB of it is ever sent).
    const path = `/api/workshops/${workshop.id}/boards/plenary/photo`;
    expect(await postDeclaringMore(server.url, path, tokens.facilitator, 21 * 1024 * 1024)).toBe(413);
    // Nothing was stored for any of them.
    const viewer = connectAs(workshop, 'viewer');
    await synced(viewer);
    expect(viewer.doc.getMap('images').size).toBe(0);
    // Counted by outcome in the metrics (the text read never is).
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toContain('avaa_photos_total{outcome="no-printout-found"} 1');
    expect(metrics).toContain('avaa_photos_total{outcome="not-an-image"} 1');
    expect(metrics).toContain('avaa_photos_total{outcome="image-too-large"} 1');
  });

  test('a flood of photos is answered photo-busy past the queue, while /healthz and edits go on', {
    timeout: 120_000,
  }, async () => {
    const { server, workshop, post } = await photoWorkshop();
    const writer = connectAs(workshop, 'facilitator');
    const witness = connectAs(workshop, 'viewer');
    await synced(writer, witness);
    const flood = Promise.all(Array.from({ length: 8 }, () => post(photo)));
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const note = must(createNote(writer.doc, 'start:services', { text: 'Kesken kuvien' }));
    await eventually(() => expect(readNote(witness.doc, note)?.text).toBe('Kesken kuvien'));
    const answers = await flood;
    const busy = answers.filter((a) => a.status === 503);
    expect(busy.length).toBeGreaterThanOrEqual(1);
    for (const answer of busy) {
      expect(answer.body).toEqual({ error: 'photo-busy' });
      expect(answer.headers.get('retry-after')).toBe('10');
    }
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(1);
    expect(answers.length - busy.length).toBe(answers.filter((a) => a.status === 200).length);
  });

  test('a photo past the time limit is answered photo-timed-out, its worker killed, and the next photo is read by a new one', {
    timeout: 120_000,
  }, async () => {
    // The limit from this machine's speed, between the times of the small template (no notes; on a
    // fresh worker, as the next photo will be, so twice its warm time) and of the 12-megapixel
    // photo of 20 notes (text recognition of each): both sides as far from it.
    const quiet = await photoWorkshop();
    const timed = async (bytes: Buffer) => {
      const started = performance.now();
      expect((await quiet.post(bytes)).status).toBe(200);
      return performance.now() - started;
    };
    await timed(template);
    const small = 2 * (await timed(template));
    const large = await timed(photo);
    console.info(`time limit test: template ${Math.round(small / 2)} ms, photo ${Math.round(large)} ms`);
    const timeoutMs = Math.round(Math.sqrt(small * large));
    const { post, tokens } = await photoWorkshop({ photos: { timeoutMs } });
    expect(await post(photo, tokens.facilitator)).toMatchObject({
      status: 503,
      body: { error: 'photo-timed-out' },
    });
    expect(await post(template)).toMatchObject({ status: 200, body: [] });
  });
});
