import { readMeta, readWorkshopMeta } from '@avaa/board-model';
import type { WorkshopId } from '@avaa/protocol';
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { groupBoardSeed, plenarySeed, workshopSeed } from './seeds.ts';

const workshop = {
  id: 'k3m9x2p7qa' as WorkshopId,
  title: 'Kehittämispäivä',
  language: 'fi',
  createdAt: 1000,
  joinCode: 'abc234',
} as const;

test('each room kind gets its seed', () => {
  const board = new Y.Doc();
  Y.applyUpdate(board, groupBoardSeed(workshop, 3, 2000));
  expect(readMeta(board)).toMatchObject({ title: 'Kehittämispäivä', board: 'group', group: 3, createdAt: 2000 });
  const common = new Y.Doc();
  Y.applyUpdate(common, plenarySeed(workshop));
  expect(readMeta(common)).toMatchObject({ board: 'plenary', group: null, createdAt: 1000 });
  const room = new Y.Doc();
  Y.applyUpdate(room, workshopSeed(workshop));
  expect(readWorkshopMeta(room)).toMatchObject({ title: 'Kehittämispäivä', language: 'fi' });
});

test('a seed computed twice is the same update, and applying it twice changes nothing', () => {
  const first = groupBoardSeed(workshop, 2, 2000);
  expect(groupBoardSeed(workshop, 2, 2000)).toEqual(first);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, first);
  const once = Y.encodeStateAsUpdate(doc);
  Y.applyUpdate(doc, groupBoardSeed(workshop, 2, 2000));
  expect(Y.encodeStateAsUpdate(doc)).toEqual(once);
  // One writer (the seed's fixed client), one item per meta key.
  expect(Y.decodeStateVector(Y.encodeStateVector(doc)).size).toBe(1);
});
