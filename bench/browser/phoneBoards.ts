/**
 * The boards the phone bench opens: a workshop with two people joined, the first one's own link
 * (which opens straight to the common table, as for a person who has joined) and the second one
 * writing from Node over the real WebSocket with their own token, as the web app does.
 */
import { CELL_IDS, type CellId, createNote } from '@avaa/board-model';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createWorkshop } from '../sync/setup.ts';

export type BenchBoard = {
  /** The participant's own link: `/w/<id>#token=<their token>`. */
  readonly link: string;
  /** Writes notes as the other person; resolves once written into their local copy. */
  write(texts: readonly string[]): void;
  close(): void;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A common table with `notes` notes spread over its 15 cells. */
export async function benchBoard(serverUrl: string, notes: number): Promise<BenchBoard> {
  const plan = await createWorkshop(serverUrl, 2);
  const [reader, writer] = plan.people;
  if (!reader || !writer) throw new Error('two people were not joined');
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(plan.url, plan.room, doc, {
    params: { token: writer.token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  for (let waited = 0; !provider.synced; waited += 20) {
    if (waited > 30_000) throw new Error('the writer did not sync');
    await sleep(20);
  }
  let written = 0;
  const write = (texts: readonly string[]) => {
    // One transaction, one frame: many frames would meet the per-token rate limit.
    doc.transact(() => {
      for (const text of texts) {
        createNote(doc, CELL_IDS[written % CELL_IDS.length] as CellId, { text });
        written += 1;
      }
    });
  };
  write(Array.from({ length: notes }, (_, index) => `Lappu ${index + 1}: matalan kynnyksen ohjaus`));
  const link = plan.facilitatorLink.replace(/#token=.*$/, `#token=${encodeURIComponent(reader.token)}`);
  return {
    link,
    write,
    close() {
      provider.destroy();
      doc.destroy();
    },
  };
}
