import { openPostgresStorage } from '@avaa/server';
import * as Y from 'yjs';

/** The room as stored in PostgreSQL right now (snapshot and log), read beside the running nodes. */
export async function storedBoard(databaseUrl: string, room: string): Promise<Y.Doc> {
  const storage = openPostgresStorage(databaseUrl, { maxConnections: 1 });
  try {
    const stored = await storage.loadRoom(room);
    const doc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    return doc;
  } finally {
    await storage.close();
  }
}
