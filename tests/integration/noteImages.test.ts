import {
  createNote,
  deleteNote,
  eraseDeletedNotes,
  NOTE_IMAGE_KEY,
  notesMap,
  readNote,
  readStoredImage,
  setNoteImage,
} from '@avaa/board-model';
import { type ImageId, MAX_IMAGE_SIDE } from '@avaa/protocol';
import sharp from 'sharp';
import { afterEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createWorkshop, getJson, joinAs } from './helpers/api.ts';
import { must } from './helpers/apiResults.ts';
import { newCanary } from './helpers/canary.ts';
import { connectAs, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { bombPng, fetchImage, filesHoldingBytes, jpegPhoto, pngWithMetadata, uploadImage } from './helpers/images.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { groupedWorkshop } from './helpers/workshop.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

async function imageWorkshop(options: Parameters<typeof startTestServer>[0] = {}) {
  const server = await startTestServer(options);
  const workshop = await createWorkshop(server.url);
  const { tokens } = workshop.sync;
  const upload = (bytes: Uint8Array, token: string = tokens.facilitator, type = 'image/png', board = 'plenary') =>
    uploadImage(server.url, workshop.id, board, token, bytes, type);
  const read = (id: string, token: string = tokens.viewer, board = 'plenary') =>
    fetchImage(server.url, workshop.id, board, id, token);
  return { server, workshop, tokens, upload, read };
}

describe('uploading and reading an image of a board', () => {
  test('stored re-encoded without EXIF or GPS, listed on the board, served to readers only as private', async () => {
    const { workshop, tokens, upload, read } = await imageWorkshop();
    const canary = newCanary();
    const original = await pngWithMetadata(canary);
    expect(original.includes(canary)).toBe(true);
    const stored = await upload(original);
    expect(stored.status).toBe(201);
    const id = stored.body.id as ImageId;
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.body).toMatchObject({ type: 'image/jpeg', width: 64, height: 48 });

    const served = await read(id);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(served.headers.get('cache-control')).toMatch(/^private\b/);
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.bytes.includes(canary)).toBe(false);
    const metadata = await sharp(served.bytes).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expect(metadata.icc).toBeUndefined();
    expect(metadata.comments ?? []).toEqual([]);

    // Every role that reads the board reads it; the board's document lists it.
    for (const role of ['facilitator', 'participant', 'viewer'] as const)
      expect((await read(id, tokens[role])).status).toBe(200);
    const viewer = connectAs(workshop, 'viewer');
    await synced(viewer);
    await eventually(() => expect(readStoredImage(viewer.doc, id)).toMatchObject({ type: 'image/jpeg', width: 64 }));
  });

  test('a large photo is scaled to fit and kept small; the same image again is the same id', async () => {
    const { tokens, upload } = await imageWorkshop();
    const photo = await jpegPhoto(3000, 2000);
    const first = await upload(photo, tokens.facilitator, 'image/jpeg');
    expect(first).toMatchObject({ status: 201, body: { type: 'image/jpeg', width: MAX_IMAGE_SIDE } });
    expect(first.body.height).toBe(Math.round((MAX_IMAGE_SIDE * 2000) / 3000));
    const again = await upload(photo, tokens.facilitator, 'image/jpeg');
    expect(again).toEqual(first);
  });

  test('attacks: no token, another workshop, a viewer, forged and traversing ids, another board, bad bodies', async () => {
    const { server, workshop, tokens, upload, read } = await imageWorkshop();
    const other = await createWorkshop(server.url);
    const id = (await upload(await pngWithMetadata('x'))).body.id as string;

    expect((await read(id, '')).status).toBe(401);
    expect((await read(id, 'not-a-token')).status).toBe(401);
    expect((await read(id, other.sync.tokens.facilitator)).status).toBe(401);
    // Another workshop's own board does not have it either.
    const theirs = await fetchImage(server.url, other.id, 'plenary', id, other.sync.tokens.facilitator);
    expect(theirs.status).toBe(404);
    expect(JSON.parse(theirs.bytes.toString())).toEqual({ error: 'unknown-image' });
    expect((await read('0'.repeat(64))).status).toBe(404);
    expect((await read(id.toUpperCase())).status).toBe(404);
    for (const traversal of ['..%2F..%2Fsecret.key', '%2e%2e', `${id}%00`, `..%2F${id}`]) {
      const answer = await read(traversal);
      expect(answer.status).toBe(404);
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    }

    expect((await upload(await pngWithMetadata('y'), '')).status).toBe(401);
    expect((await upload(await pngWithMetadata('y'), other.sync.tokens.facilitator)).status).toBe(401);
    expect(await upload(await pngWithMetadata('y'), tokens.viewer)).toMatchObject({
      status: 403,
      body: { error: 'forbidden' },
    });
    expect(await upload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toMatchObject({
      status: 415,
      body: { error: 'not-an-image' },
    });
    expect(await upload(Buffer.from('GIF89a......'), tokens.facilitator, 'image/png')).toMatchObject({ status: 415 });
    expect(await upload(await pngWithMetadata('z'), tokens.facilitator, 'text/plain')).toMatchObject({
      status: 415,
      body: { error: 'unsupported-media-type' },
    });
    expect(await upload(bombPng())).toMatchObject({ status: 413, body: { error: 'image-too-large' } });
    // A truncated PNG: its header is fine, its data is not.
    const whole = await pngWithMetadata('t', 200, 200);
    expect(await upload(whole.subarray(0, whole.length / 2))).toMatchObject({
      status: 415,
      body: { error: 'not-an-image' },
    });
    const oversize = await fetch(`${server.url}/api/workshops/${workshop.id}/boards/plenary/images`, {
      method: 'POST',
      headers: { 'Content-Type': 'image/jpeg', Authorization: `Bearer ${tokens.facilitator}` },
      body: Buffer.alloc(20 * 1024 * 1024 + 1),
    });
    expect(oversize.status).toBe(413);
    expect(await oversize.json()).toEqual({ error: 'body-too-large' });
  });

  test("board A's image is not board B's: a group reads only what was stored for its board", async () => {
    const server = await startTestServer();
    const { workshop, anna, pekka } = await groupedWorkshop(server.url);
    const annas = await uploadImage(server.url, workshop.id, '1', anna.token, await pngWithMetadata('a'));
    expect(annas.status).toBe(201);
    const id = annas.body.id as string;
    expect((await fetchImage(server.url, workshop.id, '1', id, pekka.token)).status).toBe(200);
    expect((await fetchImage(server.url, workshop.id, '2', id, pekka.token)).status).toBe(404);
    expect((await fetchImage(server.url, workshop.id, 'plenary', id, anna.token)).status).toBe(404);
    expect((await fetchImage(server.url, workshop.id, '9', id, anna.token)).status).toBe(400);
    // Pekka (group 2) may not write group 1's board.
    const pekkas = await uploadImage(server.url, workshop.id, '1', pekka.token, await pngWithMetadata('p'));
    expect(pekkas).toMatchObject({ status: 403, body: { error: 'forbidden' } });
  });
});

describe("a note's image", () => {
  test("names only an image stored for the board: another workshop's image or a forged id is refused", async () => {
    const { server, workshop, upload } = await imageWorkshop();
    const other = await createWorkshop(server.url);
    const foreign = (
      await uploadImage(server.url, other.id, 'plenary', other.sync.tokens.facilitator, await pngWithMetadata('o'))
    ).body.id as ImageId;
    const own = (await upload(await pngWithMetadata('own'))).body.id as ImageId;
    const writer = connectAs(workshop, 'facilitator');
    const witness = connectAs(workshop, 'viewer');
    await synced(writer, witness);
    await eventually(() => expect(readStoredImage(writer.doc, own)).toBeDefined());
    const note = must(createNote(writer.doc, 'start:services', { text: 'Kuva lapussa' }));
    expect(setNoteImage(writer.doc, note, { id: foreign })).toEqual({ ok: false, error: 'unknown-image' });
    must(setNoteImage(writer.doc, note, { id: own, source: { kind: 'photo', at: Date.UTC(2026, 11, 6, 12, 5) } }));
    await eventually(() =>
      expect(readNote(witness.doc, note)?.image).toEqual({
        id: own,
        source: { kind: 'photo', at: Date.UTC(2026, 11, 6, 12, 5) },
      }),
    );

    // A client writing the value itself, past the operation's check: the server drops it.
    for (const forged of [{ id: foreign }, { id: '0'.repeat(64) }, 'not an image', { id: own, extra: new Y.Map() }]) {
      const attacker = connectAs(workshop, 'facilitator');
      await synced(attacker);
      const target = must(createNote(attacker.doc, 'start:services', { text: 'Hyökkääjä' }));
      await eventually(() => expect(readNote(witness.doc, target)).toBeDefined());
      attacker.doc.transact(() => (notesMap(attacker.doc).get(target) as Y.Map<unknown>).set(NOTE_IMAGE_KEY, forged));
      const marker = must(createNote(writer.doc, 'start:services', { text: 'Merkki' }));
      await eventually(() => expect(readNote(witness.doc, marker)).toBeDefined());
      expect((notesMap(witness.doc).get(target) as Y.Map<unknown>).has(NOTE_IMAGE_KEY)).toBe(false);
    }
    // The stored board too: a fresh reader sees no forged image.
    const reader = connectAs(workshop, 'viewer');
    await synced(reader);
    await eventually(() => expect(readNote(reader.doc, note)?.image?.id).toBe(own));
    const forgedNotes = [...notesMap(reader.doc).values()].filter((entry) => {
      const value = entry.get(NOTE_IMAGE_KEY) as { id?: string } | undefined;
      return value !== undefined && value.id !== own;
    });
    expect(forgedNotes).toEqual([]);
  });

  test("no client writes the board's list of images, the facilitator's neither", async () => {
    const { workshop } = await imageWorkshop();
    const writer = connectAs(workshop, 'facilitator');
    const witnessWriter = connectAs(workshop, 'facilitator');
    await synced(writer, witnessWriter);
    writer.doc.getMap('images').set('a'.repeat(64), { type: 'image/png', width: 1, height: 1, storedAt: 1 });
    const marker = must(createNote(witnessWriter.doc, 'start:services', { text: 'Merkki' }));
    const fresh = connectAs(workshop, 'facilitator');
    await synced(fresh);
    await eventually(() => expect(readNote(fresh.doc, marker)).toBeDefined());
    expect(readStoredImage(fresh.doc, 'a'.repeat(64))).toBeUndefined();
  });
});

describe('erasure of images', () => {
  test("a deleted note's image is erased with it, from every database file", async () => {
    // A grace period of 0: as if the week had passed since the delete.
    const { server, workshop, upload, read } = await imageWorkshop({ deletedNoteGraceMs: 0 });
    const writer = connectAs(workshop, 'facilitator');
    await synced(writer);
    const id = (await upload(await pngWithMetadata('e', 160, 120))).body.id as ImageId;
    const bytes = (await read(id)).bytes;
    await eventually(() => expect(filesHoldingBytes(server.dataDir, bytes)).not.toEqual([]));
    await eventually(() => expect(readStoredImage(writer.doc, id)).toBeDefined());
    const note = must(createNote(writer.doc, 'start:services', { text: 'Poistuva' }));
    must(setNoteImage(writer.doc, note, { id }));
    deleteNote(writer.doc, note);
    const witness = connectAs(workshop, 'viewer');
    await eventually(() => expect(readNote(witness.doc, note)).toMatchObject({ deleted: true, image: { id } }));
    disconnectAll();
    // The room unloads: erasure, compaction, the image's row deleted, WAL checkpoint.
    await eventually(() => expect(filesHoldingBytes(server.dataDir, bytes)).toEqual([]), 15_000);
    expect((await read(id)).status).toBe(404);
    const reader = connectAs(workshop, 'viewer');
    await synced(reader);
    expect(readStoredImage(reader.doc, id)).toBeUndefined();
    expect(readNote(reader.doc, note)?.image).toBeUndefined();
  });

  test("within the grace period a deleted note keeps its image, until the facilitator's Erase now", async () => {
    const { server, workshop, upload, read } = await imageWorkshop();
    const writer = connectAs(workshop, 'facilitator');
    await synced(writer);
    const id = (await upload(await pngWithMetadata('n', 160, 120))).body.id as ImageId;
    const bytes = (await read(id)).bytes;
    await eventually(() => expect(readStoredImage(writer.doc, id)).toBeDefined());
    const note = must(createNote(writer.doc, 'start:services', { text: 'Poistettu' }));
    must(setNoteImage(writer.doc, note, { id }));
    deleteNote(writer.doc, note);
    const witness = connectAs(workshop, 'viewer');
    await eventually(() => expect(readNote(witness.doc, note)).toMatchObject({ deleted: true, image: { id } }));
    disconnectAll();
    await eventually(async () => expect((await getJson(`${server.url}/healthz`)).body).toMatchObject({ rooms: 0 }));
    // Unloaded within the week: a Restore would bring the image back, so it stays.
    expect(filesHoldingBytes(server.dataDir, bytes)).not.toEqual([]);
    expect((await read(id)).status).toBe(200);

    const facilitator = connectAs(workshop, 'facilitator');
    await synced(facilitator);
    expect(eraseDeletedNotes(facilitator.doc)).toBe(1);
    // The server forgets the image at once; its row goes at the unload's purge.
    await eventually(() => expect(readStoredImage(facilitator.doc, id)).toBeUndefined());
    disconnectAll();
    await eventually(() => expect(filesHoldingBytes(server.dataDir, bytes)).toEqual([]), 15_000);
    expect((await read(id)).status).toBe(404);
  });

  test('a live note keeps its image past the grace period; deleting the workshop erases every image', async () => {
    const { server, workshop, tokens, upload, read } = await imageWorkshop({ deletedNoteGraceMs: 0 });
    const writer = connectAs(workshop, 'facilitator');
    await synced(writer);
    const id = (await upload(await pngWithMetadata('w', 160, 120))).body.id as ImageId;
    const bytes = (await read(id)).bytes;
    await eventually(() => expect(readStoredImage(writer.doc, id)).toBeDefined());
    must(setNoteImage(writer.doc, must(createNote(writer.doc, 'start:services', { text: 'Jää' })), { id }));
    const anna = await joinAs(server.url, workshop, 'Anna');
    disconnectAll();
    // Unloaded and loaded again past the grace: the image stays with its live note.
    await new Promise((resolve) => setTimeout(resolve, 600));
    const again = connectAs(workshop, 'viewer');
    await synced(again);
    expect(readStoredImage(again.doc, id)).toBeDefined();
    expect((await read(id, anna.token)).status).toBe(200);
    disconnectAll();

    const deleted = await fetch(`${server.url}/api/workshops/${workshop.id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${tokens.facilitator}` },
    });
    expect(deleted.status).toBe(204);
    expect(filesHoldingBytes(server.dataDir, bytes)).toEqual([]);
    expect((await read(id)).status).toBe(404);
  });
});
