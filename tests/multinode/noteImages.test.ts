import { createNote, readNote, readStoredImage, setNoteImage } from '@avaa/board-model';
import type { ImageId } from '@avaa/protocol';
import { openPostgresStorage } from '@avaa/server';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createWorkshop, syncOn } from '../integration/helpers/api.ts';
import { must } from '../integration/helpers/apiResults.ts';
import { connectClient, disconnectAll, synced } from '../integration/helpers/clients.ts';
import { eventually } from '../integration/helpers/eventually.ts';
import { fetchImage, pngWithMetadata, uploadImage } from '../integration/helpers/images.ts';
import { startCluster, type TestCluster } from './support/cluster.ts';
import { clusterTestsEnabled } from './support/tools.ts';

// An image uploaded through one node is listed on the board on every node and served by any of
// them, also through the load balancer (PostgreSQL holds the bytes).
describe.runIf(clusterTestsEnabled())('images on notes across nodes', () => {
  let cluster: TestCluster;
  beforeAll(async () => {
    cluster = await startCluster(2);
  });
  afterEach(() => disconnectAll());
  afterAll(async () => {
    await cluster?.close();
  });

  test('uploaded on node 1, put on a note by a client of node 2, read through node 2 and the balancer', async () => {
    const [first, second] = cluster.nodes;
    if (!first || !second) throw new Error('nodes');
    const workshop = await createWorkshop(first.url, 'Kuvat solmujen välillä');
    const { tokens } = workshop.sync;
    const onSecond = connectClient({ ...syncOn(second, workshop), board: workshop.sync.board }, tokens.facilitator);
    await synced(onSecond);
    const uploaded = await uploadImage(
      first.url,
      workshop.id,
      'plenary',
      tokens.facilitator,
      await pngWithMetadata('m'),
    );
    expect(uploaded.status).toBe(201);
    const id = uploaded.body.id as ImageId;
    await eventually(() => expect(readStoredImage(onSecond.doc, id)).toBeDefined());
    const note = must(createNote(onSecond.doc, 'start:services', { text: 'Toiselta solmulta' }));
    must(setNoteImage(onSecond.doc, note, { id }));
    const onFirst = connectClient({ ...syncOn(first, workshop), board: workshop.sync.board }, tokens.viewer);
    await synced(onFirst);
    await eventually(() => expect(readNote(onFirst.doc, note)?.image?.id).toBe(id));
    const original = await fetchImage(first.url, workshop.id, 'plenary', id, tokens.viewer);
    for (const url of [second.url, cluster.url]) {
      const served = await fetchImage(url, workshop.id, 'plenary', id, tokens.viewer);
      expect(served.status).toBe(200);
      expect(served.bytes.equals(original.bytes)).toBe(true);
    }
    // Another board's rights on another node: not there.
    expect((await fetchImage(second.url, workshop.id, '1', id, tokens.facilitator)).status).toBe(400);

    // Deleting the workshop through node 2 deletes its images from PostgreSQL.
    const storage = openPostgresStorage(cluster.databaseUrl);
    expect((await storage.images.list(workshop.sync.board)).map((image) => image.id)).toEqual([id]);
    const deleted = await fetch(`${second.url}/api/workshops/${workshop.id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${tokens.facilitator}` },
    });
    expect(deleted.status).toBe(204);
    try {
      expect(await storage.images.list(workshop.sync.board)).toEqual([]);
    } finally {
      await storage.close();
    }
  });
});
