import { createNote, notesInCell, readMeta, seedBoard } from '@avaa/board-model';
import type { WorkshopId } from '@avaa/protocol';
import { ClientRegistry, registryKey, type Storage, type StoredRoom, type WorkshopRecord } from '@avaa/server';
import { afterEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';

/**
 * A fresh, empty store; `open` may be called more than once (a reopen, or a second node).
 * `setLastActivity` moves a workshop's last activity back, as if time had passed.
 */
export type StorageTarget = {
  open(): Storage;
  cleanup(): Promise<void>;
  setLastActivity(id: string, at: number): Promise<void>;
};

export type StorageBackend = {
  readonly name: string;
  fresh(): Promise<StorageTarget>;
  /** Entry ids are per-room sequence numbers without holes (PostgreSQL), not a global counter. */
  readonly perRoomSequence: boolean;
};

/**
 * The one storage test suite: every backend (SQLite, PostgreSQL) must pass it, so the rooms
 * and the sync path can rely on the same guarantees whichever is configured.
 */
export function storageSuite(backend: StorageBackend): void {
  describe(`storage: ${backend.name}`, () => {
    const opened: Storage[] = [];
    const targets: StorageTarget[] = [];
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((storage) => storage.close()));
      await Promise.all(targets.splice(0).map((target) => target.cleanup()));
    });
    async function target(): Promise<StorageTarget> {
      const fresh = await backend.fresh();
      targets.push(fresh);
      return fresh;
    }
    function open(from: StorageTarget): Storage {
      const storage = from.open();
      opened.push(storage);
      return storage;
    }
    const openFresh = async () => open(await target());

    test('createWorkshop stores the workshop and its rooms, or nothing when the id or code is taken', async () => {
      const storage = await openFresh();
      const workshop = record('k3m9x2p7qa', 'abcdef');
      expect(await storage.createWorkshop(workshop, [{ room: 'k3m9x2p7qa/plenary', update: boardUpdate('A') }])).toBe(
        true,
      );
      expect(await storage.getWorkshop(workshop.id)).toEqual(workshop);
      expect(await storage.findWorkshopByJoinCode('abcdef')).toEqual(workshop);
      expect(await storage.getWorkshop('zzzzzzzzzz' as WorkshopId)).toBeUndefined();
      expect(await storage.findWorkshopByJoinCode('zzzzzz')).toBeUndefined();

      const sameId = await storage.createWorkshop(record('k3m9x2p7qa', 'ghjkmn'), [
        { room: 'k3m9x2p7qa/group/1', update: boardUpdate('B') },
      ]);
      const sameCode = await storage.createWorkshop(record('p7qak3m9x2', 'abcdef'), [
        { room: 'p7qak3m9x2/plenary', update: boardUpdate('C') },
      ]);
      expect([sameId, sameCode]).toEqual([false, false]);
      expect(await storage.getWorkshop('p7qak3m9x2' as WorkshopId)).toBeUndefined();
      expect(isEmpty(await storage.loadRoom('k3m9x2p7qa/group/1'))).toBe(true);
      expect(isEmpty(await storage.loadRoom('p7qak3m9x2/plenary'))).toBe(true);
      expect(readMeta(docOf(await storage.loadRoom('k3m9x2p7qa/plenary')))?.title).toBe('A');
    });

    test('seedRoom writes only into a room with nothing stored, log or snapshot', async () => {
      const storage = await openFresh();
      const seed = Uint8Array.of(0, 0);
      const id = await storage.seedRoom('r/one', seed);
      expect(id).toBeGreaterThan(0);
      expect(await storage.seedRoom('r/one', seed)).toBeUndefined();
      await storage.compactRoom('r/one', Uint8Array.of(0, 0), id ?? 0);
      expect(await storage.roomStats('r/one')).toEqual({ logEntries: 0, hasSnapshot: true });
      expect(await storage.seedRoom('r/one', seed)).toBeUndefined();
      expect(await storage.seedRoom('r/two', seed)).toBeGreaterThan(0);
    });

    test('seeds racing for one room from two connections store exactly one', async () => {
      const shared = await target();
      const [first, second] = [open(shared), open(shared)];
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => (i % 2 === 0 ? first : second).seedRoom('r/race', boardUpdate(`${i}`))),
      );
      expect(results.filter((id) => id !== undefined)).toHaveLength(1);
      expect((await first.loadRoom('r/race')).updates).toHaveLength(1);
    });

    test('appended updates load back in order, across a reopen', async () => {
      const from = await target();
      const storage = open(from);
      const doc = new Y.Doc();
      const updates: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => updates.push(update));
      seedBoard(doc, { title: 'Loki', language: 'fi', createdAt: 1 });
      const lastSeed = await storage.appendUpdates('r/log', updates.splice(0));
      createNote(doc, 'start:services', { text: 'yksi' });
      createNote(doc, 'start:services', { text: 'kaksi' });
      const last = await storage.appendUpdates('r/log', updates.splice(0));
      expect(last).toBeGreaterThan(lastSeed);
      await storage.close();

      const stored = await open(from).loadRoom('r/log');
      expect(stored.lastEntryId).toBe(last);
      expect(stored.snapshot).toBeUndefined();
      expect(texts(docOf(stored))).toEqual(['yksi', 'kaksi']);
      expect(stored.updates[0]).toBeInstanceOf(Uint8Array);
    });

    test('compaction replaces the snapshot and deletes the log up to an id, atomically', async () => {
      const storage = await openFresh();
      const { doc, append } = board(storage, 'r/compact');
      createNote(doc, 'start:services', { text: 'ennen' });
      const upTo = await append();
      await storage.compactRoom('r/compact', Y.encodeStateAsUpdate(doc), upTo);
      createNote(doc, 'start:services', { text: 'jälkeen' });
      const last = await append();
      expect(await storage.roomStats('r/compact')).toEqual({ logEntries: 1, hasSnapshot: true });
      const stored = await storage.loadRoom('r/compact');
      expect(stored.snapshot).toBeInstanceOf(Uint8Array);
      expect(stored.updates).toHaveLength(1);
      expect(stored.lastEntryId).toBe(last);
      expect(texts(docOf(stored))).toEqual(['ennen', 'jälkeen']);

      // A node whose snapshot reaches less far must not replace the newer one.
      await storage.compactRoom('r/compact', Y.encodeStateAsUpdate(doc), last);
      await storage.compactRoom('r/compact', Uint8Array.of(0, 0), upTo);
      expect(texts(docOf(await storage.loadRoom('r/compact')))).toEqual(['ennen', 'jälkeen']);
      expect(await storage.roomStats('r/compact')).toEqual({ logEntries: 0, hasSnapshot: true });
    });

    test('loadRoomSince gives what a node holding up to an id lacks, with the snapshot only when needed', async () => {
      const storage = await openFresh();
      const { doc, append } = board(storage, 'r/since');
      createNote(doc, 'start:services', { text: 'a' });
      const first = await append();
      createNote(doc, 'start:services', { text: 'b' });
      const second = await append();

      const since = await storage.loadRoomSince('r/since', first);
      expect(since).toMatchObject({ snapshot: undefined, lastEntryId: second });
      expect(since.updates).toHaveLength(1);
      expect((await storage.loadRoomSince('r/since', second)).updates).toEqual([]);

      await storage.compactRoom('r/since', Y.encodeStateAsUpdate(doc), second);
      const behind = await storage.loadRoomSince('r/since', first);
      expect(behind.snapshot).toBeInstanceOf(Uint8Array);
      expect(behind.lastEntryId).toBe(second);
      expect((await storage.loadRoomSince('r/since', second)).snapshot).toBeUndefined();
      expect(await storage.lastEntryIds(['r/since', 'r/nothing'])).toEqual(new Map([['r/since', second]]));
    });

    test('deleteWorkshop deletes the workshop and every room of it, and nothing else', async () => {
      const storage = await openFresh();
      const gone = record('k3m9x2p7qa', 'abcdef');
      const kept = record('k3m9x2p7qb', 'ghjkmn');
      const privateRoom = 'k3m9x2p7qa/private/plenary/p4m7x2k9qa';
      const goneRooms = ['k3m9x2p7qa/plenary', 'k3m9x2p7qa/workshop', 'k3m9x2p7qa/group/1', privateRoom];
      await storage.createWorkshop(gone, [
        { room: 'k3m9x2p7qa/plenary', update: boardUpdate('A') },
        { room: 'k3m9x2p7qa/workshop', update: boardUpdate('W') },
      ]);
      await storage.createWorkshop(kept, [{ room: 'k3m9x2p7qb/plenary', update: boardUpdate('B') }]);
      const { doc, append } = board(storage, 'k3m9x2p7qa/group/1');
      createNote(doc, 'start:services', { text: 'ryhmä' });
      await storage.compactRoom('k3m9x2p7qa/group/1', Y.encodeStateAsUpdate(doc), await append());
      await append();
      // A person's private room, with its registry of client ids and a due erasure.
      const own = board(storage, privateRoom);
      createNote(own.doc, 'start:services', { text: 'oma' });
      await storage.compactRoom(privateRoom, Y.encodeStateAsUpdate(own.doc), await own.append());
      createNote(own.doc, 'start:services', { text: 'toinen' });
      await own.append();
      await storage.appendUpdates(registryKey(privateRoom), [Uint8Array.of(1)]);
      await storage.setErasureDue(privateRoom, 5);
      await storage.setErasureDue('k3m9x2p7qb/plenary', 5);

      expect(await storage.deleteWorkshop(gone.id)).toBe(true);
      expect(await storage.getWorkshop(gone.id)).toBeUndefined();
      expect(await storage.findWorkshopByJoinCode('abcdef')).toBeUndefined();
      for (const room of goneRooms) {
        expect(isEmpty(await storage.loadRoom(room))).toBe(true);
        expect(await storage.roomStats(room)).toEqual({ logEntries: 0, hasSnapshot: false });
      }
      expect(await storage.lastEntryIds(goneRooms)).toEqual(new Map());
      expect(isEmpty(await storage.loadRoom(registryKey(privateRoom)))).toBe(true);
      expect(await storage.roomsDueForErasure(10)).toEqual(['k3m9x2p7qb/plenary']);
      expect(await storage.getWorkshop(kept.id)).toEqual(kept);
      expect(readMeta(docOf(await storage.loadRoom('k3m9x2p7qb/plenary')))?.title).toBe('B');
      expect(await storage.deleteWorkshop(gone.id)).toBe(false);
      await storage.purgeDeleted();
    });

    test('a due erasure is kept per room, listed once due (earliest first), moved and cleared', async () => {
      const from = await target();
      const storage = open(from);
      expect(await storage.erasureDue('r/a')).toBeUndefined();
      await storage.setErasureDue('r/a', 3_000);
      await storage.setErasureDue('r/b', 1_000);
      await storage.setErasureDue('r/c', 9_000);
      expect(await storage.roomsDueForErasure(999)).toEqual([]);
      expect(await storage.roomsDueForErasure(3_000)).toEqual(['r/b', 'r/a']);
      await storage.setErasureDue('r/b', 20_000);
      await storage.setErasureDue('r/a', undefined);
      await storage.setErasureDue('r/nothing', undefined);
      await storage.close();
      const reopened = open(from);
      expect(await reopened.erasureDue('r/b')).toBe(20_000);
      expect(await reopened.erasureDue('r/a')).toBeUndefined();
      expect(await reopened.roomsDueForErasure(10_000)).toEqual(['r/c']);
    });

    test('last activity is the creation, then the latest stored update of any room', async () => {
      const from = await target();
      const storage = open(from);
      const before = Date.now();
      // An imported workshop keeps its old createdAt: storing it is still activity now.
      const idle = record('k3m9x2p7qa', 'abcdef');
      const busy = record('k3m9x2p7qb', 'ghjkmn');
      await storage.createWorkshop(idle, [{ room: 'k3m9x2p7qa/plenary', update: boardUpdate('A') }]);
      await storage.createWorkshop(busy, [{ room: 'k3m9x2p7qb/plenary', update: boardUpdate('B') }]);
      expect(await storage.workshopsInactiveSince(before - 1)).toEqual([]);
      expect((await storage.workshopsInactiveSince(Date.now() + 1)).sort()).toEqual([idle.id, busy.id]);

      // Forty days pass; then one board of `busy` is written to, and a board of `idle` seeded.
      const dayAgo = Date.now() - DAY_MS;
      for (const { id } of [idle, busy]) await from.setLastActivity(id, Date.now() - 40 * DAY_MS);
      expect((await storage.workshopsInactiveSince(dayAgo)).sort()).toEqual([idle.id, busy.id]);
      await storage.appendUpdates('k3m9x2p7qb/plenary', [boardUpdate('B2')]);
      expect(await storage.workshopsInactiveSince(dayAgo)).toEqual([idle.id]);
      await storage.seedRoom('k3m9x2p7qa/group/1', boardUpdate('G'));
      expect(await storage.workshopsInactiveSince(dayAgo)).toEqual([]);
    });

    test('two connections appending to one room at once get distinct ids and lose nothing', async () => {
      const shared = await target();
      const nodes = [open(shared), open(shared)];
      const ids = await Promise.all(
        Array.from({ length: 40 }, (_, i) => nodes[i % 2]?.appendUpdates('r/busy', [boardUpdate(`${i}`)]) ?? 0),
      );
      expect(new Set(ids).size).toBe(40);
      const stored = await nodes[0]?.loadRoom('r/busy');
      expect(stored?.updates).toHaveLength(40);
      if (backend.perRoomSequence) {
        // Sequence numbers without holes: 1..40, so a node that misses one notices.
        expect([...ids].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      }
    });

    test("a room's client-id registry: the first owner wins on every node, across reopens, until the workshop goes", async () => {
      const shared = await target();
      const room = 'k3m9x2p7qa/plenary';
      await open(shared).createWorkshop(record('k3m9x2p7qa', 'abcdef'), [{ room, update: boardUpdate('A') }]);
      const [one, two] = [new ClientRegistry(open(shared), room), new ClientRegistry(open(shared), room)];
      await Promise.all([one.load(), two.load()]);
      // Two nodes register the same id at once: both end up agreeing on one owner.
      await Promise.all([
        one.register([{ client: 7, owner: 'anna', provisional: false }]),
        two.register([{ client: 7, owner: 'pekka', provisional: false }]),
      ]);
      expect(two.ownerOf(7)).toEqual(one.ownerOf(7));
      // A provisional owner gives way to a firm one; a firm one never changes.
      await one.register([{ client: 8, owner: 'pekka', provisional: true }]);
      await two.register([{ client: 8, owner: 'anna', provisional: false }]);
      await two.register([{ client: 8, owner: 'pekka', provisional: false }]);
      const reopened = new ClientRegistry(open(shared), room);
      await reopened.load();
      expect(reopened.ownerOf(7)).toEqual(one.ownerOf(7));
      expect(reopened.ownerOf(8)).toEqual({ owner: 'anna', provisional: false });
      expect(reopened.ownerOf(9)).toBeUndefined();
      await open(shared).deleteWorkshop('k3m9x2p7qa' as WorkshopId);
      expect(isEmpty(await open(shared).loadRoom(registryKey(room)))).toBe(true);
    });
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;

function record(id: string, joinCode: string): WorkshopRecord {
  return { id: id as WorkshopId, title: 'Työpaja', language: 'fi', createdAt: 1_700_000_000_000, joinCode };
}

function boardUpdate(title: string): Uint8Array {
  const doc = new Y.Doc();
  seedBoard(doc, { title, language: 'fi', createdAt: 1 });
  return Y.encodeStateAsUpdate(doc);
}

/** A seeded board whose changes `append` stores. */
function board(storage: Storage, room: string) {
  const doc = new Y.Doc();
  const pending: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => pending.push(update));
  seedBoard(doc, { title: room, language: 'fi', createdAt: 1 });
  return { doc, append: () => storage.appendUpdates(room, pending.splice(0)) };
}

function docOf(stored: StoredRoom): Y.Doc {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

function isEmpty(stored: StoredRoom): boolean {
  return stored.snapshot === undefined && stored.updates.length === 0;
}

function texts(doc: Y.Doc): string[] {
  return notesInCell(doc, 'start:services').map((note) => note.text);
}
