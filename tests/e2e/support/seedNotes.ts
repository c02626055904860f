import { CELL_IDS, createNote, NOTE_COLOURS, NOTE_KINDS } from '@avaa/board-model';
import { connectBoard } from '@avaa/sync-client';
import * as Y from 'yjs';

const SAMPLE_TEXTS = [
  'Some-kanavat ja nuorten oma viestintä',
  'Yhteinen ajanvaraus kaikille ammattilaisille',
  'Matalan kynnyksen päivystys ti ja to',
  'Ensimmäinen kohtaaminen: kuka ottaa vastaan?',
  'Parityö sosiaaliohjaajan ja uravalmentajan kesken; sovitaan yhteinen käytäntö ja kirjaus',
  'Verkostopalaveri viikoittain',
  'Nuorten raati kommentoi palvelupolkua',
  'Ei luukuttamista: saattaen vaihtaminen',
  'Palautteen kerääminen QR-koodilla',
  'Seuranta 3 kk päästä: miten jatkopolku onnistui, pitääkö jotain muuttaa ja kuka vastaa yhteydenotosta?',
  'Puuttuu: kotoutuvien nuorten tavoittaminen',
];

/**
 * Fills a board the way people would, but fast: a plain Yjs client with the facilitator's
 * token writes `perCell` notes into every cell through the board-model operations.
 */
export async function seedNotes(syncUrl: string, board: string, token: string, perCell: number): Promise<void> {
  const doc = new Y.Doc();
  const connection = connectBoard({ url: syncUrl, board, token, doc, followBrowserOnline: false });
  await waitFor(() => connection.status.getSnapshot().state === 'live', 5000);
  let n = 0;
  for (const cell of CELL_IDS) {
    for (let i = 0; i < perCell; i++, n++) {
      const text = SAMPLE_TEXTS[n % SAMPLE_TEXTS.length] as string;
      const colour = NOTE_COLOURS[n % NOTE_COLOURS.length];
      const kind = NOTE_KINDS[n % 7 === 3 ? 1 : n % 7 === 5 ? 2 : 0];
      createNote(doc, cell, { text, ...(colour ? { colour } : {}), ...(kind ? { kind } : {}) });
    }
  }
  // Let the updates flush before closing the socket.
  await new Promise((resolve) => setTimeout(resolve, 500));
  connection.destroy();
  doc.destroy();
}

async function waitFor(check: () => boolean, budget: number): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > budget) throw new Error('seeding client never synced');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
