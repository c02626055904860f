import { createPath, type PathView, readPaths } from '@avaa/board-model';
import { connectBoard } from '@avaa/sync-client';
import * as Y from 'yjs';

/**
 * A second, stock Yjs client on a board (the facilitator's token) for path tests: it creates
 * paths as another person would and reads the paths back as every client sees them.
 */
export type PathClient = {
  createPath(name: string): string;
  paths(): PathView[];
  close(): Promise<void>;
};

export async function connectPathClient(syncUrl: string, board: string, token: string): Promise<PathClient> {
  const doc = new Y.Doc();
  const connection = connectBoard({ url: syncUrl, board, token, doc, followBrowserOnline: false });
  const start = Date.now();
  while (connection.status.getSnapshot().state !== 'live') {
    if (Date.now() - start > 5000) throw new Error('path client never synced');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    createPath(name) {
      const created = createPath(doc, { name });
      if (!created.ok) throw new Error(created.error);
      return created.value;
    },
    paths: () => readPaths(doc),
    async close() {
      // Let the updates flush before closing the socket.
      await new Promise((resolve) => setTimeout(resolve, 300));
      connection.destroy();
      doc.destroy();
    },
  };
}
