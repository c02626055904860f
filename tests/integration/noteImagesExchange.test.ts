import { createNote, readNote, readStoredImage, setNoteImage } from '@avaa/board-model';
import type { ImageId } from '@avaa/protocol';
import sharp from 'sharp';
import { afterEach, expect, test } from 'vitest';
import { type CreatedWorkshop, createWorkshop } from './helpers/api.ts';
import { must } from './helpers/apiResults.ts';
import { connectAs, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { exportJson, getExport, postImport } from './helpers/exchange.ts';
import { fetchImage, pngWithMetadata, uploadImage } from './helpers/images.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

type Board = { notes: { id: string; text: string; image?: { id: string } }[]; images?: { id: string; data: string }[] };
type Export = { boards: { plenary: Board } };

test('the JSON export carries the notes’ images, and an import stores them again, re-encoded', async () => {
  const server = await startTestServer();
  const workshop = await createWorkshop(server.url);
  const token = workshop.sync.tokens.facilitator;
  const id = (await uploadImage(server.url, workshop.id, 'plenary', token, await pngWithMetadata('x', 120, 90))).body
    .id as ImageId;
  // Stored but on no note: not exported.
  await uploadImage(server.url, workshop.id, 'plenary', token, await pngWithMetadata('y', 30, 30));
  const writer = connectAs(workshop, 'facilitator');
  await synced(writer);
  await eventually(() => expect(readStoredImage(writer.doc, id)).toBeDefined());
  const note = must(createNote(writer.doc, 'start:services', { text: 'Paperilta' }));
  must(setNoteImage(writer.doc, note, { id, source: { kind: 'photo', at: 1_765_000_000_000 } }));
  await eventually(async () => {
    const data = (await exportJson(server.url, workshop)) as Export;
    expect(data.boards.plenary.notes.find((entry) => entry.id === note)?.image?.id).toBe(id);
  });
  const data = (await exportJson(server.url, workshop)) as Export;
  expect(data.boards.plenary.images?.map((image) => image.id)).toEqual([id]);
  const original = (await fetchImage(server.url, workshop.id, 'plenary', id, token)).bytes;
  expect(Buffer.from(data.boards.plenary.images?.[0]?.data ?? '', 'base64').equals(original)).toBe(true);

  // The table's PDF prints the image on its note; the same table without it prints none.
  const pdf = await getExport(server.url, workshop.id, 'format=pdf&kind=table&paper=A3', token);
  expect(pdf.status).toBe(200);
  expect(Buffer.from(pdf.bytes).includes('/Subtype /Image')).toBe(true);
  must(setNoteImage(writer.doc, note, undefined));
  await eventually(async () => {
    const plain = await getExport(server.url, workshop.id, 'format=pdf&kind=table&paper=A3', token);
    expect(Buffer.from(plain.bytes).includes('/Subtype /Image')).toBe(false);
  });
  must(setNoteImage(writer.doc, note, { id, source: { kind: 'photo', at: 1_765_000_000_000 } }));

  const imported = await postImport(server.url, data);
  expect(imported.status).toBe(201);
  const copy = imported.body as CreatedWorkshop;
  const reader = connectAs(copy, 'viewer');
  await synced(reader);
  const image = readNote(reader.doc, note)?.image;
  expect(image?.source).toEqual({ kind: 'photo', at: 1_765_000_000_000 });
  expect(image?.id).toMatch(/^[0-9a-f]{64}$/);
  expect(readStoredImage(reader.doc, image?.id ?? '')).toBeDefined();
  const served = await fetchImage(server.url, copy.id, 'plenary', image?.id ?? '', copy.sync.tokens.viewer);
  expect(served.status).toBe(200);
  expect((await sharp(served.bytes).metadata()).width).toBe(120);
});

test('an import with an image that is not one, or a note naming an image the board lacks, is refused', async () => {
  const server = await startTestServer();
  const workshop = await createWorkshop(server.url);
  const data = (await exportJson(server.url, workshop)) as Export & Record<string, unknown>;
  const fakeId = 'c'.repeat(64);
  const note = {
    id: 'n0te1d2b3c4d',
    cell: 'start:services',
    order: 'a0V',
    text: 'Lappu',
    colour: 'yellow',
    kind: 'note',
  };
  const base = { ...note, createdAt: 1, deleted: false, sources: [], stackedInto: null };
  const notAnImage = Buffer.from('<script>alert(1)</script>').toString('base64');
  const withBoard = (board: Board) => ({ ...data, boards: { ...data.boards, plenary: board } });

  const bad = await postImport(
    server.url,
    withBoard({
      notes: [{ ...base, image: { id: fakeId } }],
      images: [{ id: fakeId, type: 'image/png', width: 1, height: 1, data: notAnImage } as never],
    }),
  );
  expect(bad).toMatchObject({
    status: 400,
    body: { error: 'invalid-export', errors: [{ path: 'boards.plenary.images[0].data', reason: 'invalid-image' }] },
  });
  const dangling = await postImport(server.url, withBoard({ notes: [{ ...base, image: { id: fakeId } }] }));
  expect(dangling).toMatchObject({
    status: 400,
    body: { errors: [{ path: 'boards.plenary.notes[0].image.id', reason: 'unknown-image' }] },
  });
});
