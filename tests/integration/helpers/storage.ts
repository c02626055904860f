import { openSqliteStorage, type Storage } from '@avaa/server';

/** The real SQLite storage with some methods replaced, e.g. to fail like a full disk. */
export function sqliteWith(overrides: (inner: Storage) => Partial<Storage>): (dataDir: string) => Storage {
  return (dataDir) => {
    const inner = openSqliteStorage(dataDir);
    return {
      images: inner.images,
      createWorkshop: (...args) => inner.createWorkshop(...args),
      getWorkshop: (...args) => inner.getWorkshop(...args),
      findWorkshopByJoinCode: (...args) => inner.findWorkshopByJoinCode(...args),
      loadRoom: (...args) => inner.loadRoom(...args),
      loadRoomSince: (...args) => inner.loadRoomSince(...args),
      lastEntryIds: (...args) => inner.lastEntryIds(...args),
      seedRoom: (...args) => inner.seedRoom(...args),
      appendUpdates: (...args) => inner.appendUpdates(...args),
      compactRoom: (...args) => inner.compactRoom(...args),
      roomStats: (...args) => inner.roomStats(...args),
      purgeDeleted: () => inner.purgeDeleted(),
      erasureDue: (...args) => inner.erasureDue(...args),
      setErasureDue: (...args) => inner.setErasureDue(...args),
      roomsDueForErasure: (...args) => inner.roomsDueForErasure(...args),
      deleteWorkshop: (...args) => inner.deleteWorkshop(...args),
      workshopsInactiveSince: (...args) => inner.workshopsInactiveSince(...args),
      ping: () => inner.ping(),
      close: () => inner.close(),
      ...overrides(inner),
    };
  };
}
