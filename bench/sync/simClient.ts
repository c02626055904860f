import {
  CELL_IDS,
  createNote,
  editNoteText,
  moveNote,
  type NoteId,
  notesMap,
  type PersonId,
  seedBoard,
} from '@avaa/board-model';
import { createPresenceWriter, type PresenceWriter, sendOwnPresenceOnly } from '@avaa/sync-client';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Profile, RoomPlan } from './loadTypes.ts';
import { CountingWebSocket, meter } from './meter.ts';

/** What the clients of one room share inside a worker: when each text state was sent. */
export class RoomProbe {
  readonly clients: number;
  readonly #sent = new Map<string, number>();
  constructor(clients: number) {
    this.clients = clients;
  }
  sent(note: string, text: string): void {
    this.#sent.set(`${note}\u0000${text}`, performance.now());
    meter.expected += this.clients - 1;
  }
  sentAt(note: string, text: string): number | undefined {
    return this.#sent.get(`${note}\u0000${text}`);
  }
  /** Forgets states older than 30 s (insertion order is time order). */
  sweep(): void {
    const old = performance.now() - 30_000;
    for (const [key, at] of this.#sent) {
      if (at >= old) break;
      this.#sent.delete(key);
    }
  }
}

const LETTERS = 'abcdefghijklmnopqrstuvwyäö    ';
const COLOURS = ['#1f6feb', '#b35900', '#2da44e', '#8250df', '#cf222e', '#116329'];
const between = (low: number, high: number) => low + Math.random() * (high - low);
const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The seed the reference server's clients apply themselves (a fixed client id: idempotent). */
function seedLocally(doc: Y.Doc): void {
  const seedDoc = new Y.Doc();
  seedDoc.clientID = 0x5eed;
  seedBoard(seedDoc, { title: 'Bench', language: 'fi', createdAt: 0 });
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(seedDoc));
  seedDoc.destroy();
}

/**
 * One simulated person on a board, a y-websocket client as the web app uses it: presence
 * through sync-client's writer (coalesced to one per 150 ms), a document change per keystroke.
 */
export class SimClient {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly #presence: PresenceWriter;
  readonly #probe: RoomProbe;
  readonly #own: NoteId[] = [];
  #stopped = false;

  constructor(plan: RoomPlan, index: number, probe: RoomProbe) {
    const person = plan.people[index];
    if (!person) throw new Error('no such person');
    this.#probe = probe;
    if (plan.seedLocally) seedLocally(this.doc);
    this.provider = new WebsocketProvider(plan.url, plan.room, this.doc, {
      params: { token: person.token },
      WebSocketPolyfill: CountingWebSocket as unknown as typeof WebSocket,
      disableBc: true,
      maxBackoffTime: 2000,
    });
    // As the web app's client: its own presence only, not an echo of everyone else's.
    sendOwnPresenceOnly(this.provider, this.doc.clientID);
    this.provider.awareness.on('update', (_change: unknown, origin: unknown) => {
      if (origin === 'local') meter.presenceSent += 1;
    });
    this.#presence = createPresenceWriter(this.provider.awareness, {
      user: { name: `Henkilö ${index + 1}`, colour: pick(COLOURS) },
      editing: null,
      person: person.person as PersonId,
    });
    this.doc.on('afterTransaction', this.#observe);
  }

  synced(timeoutMs: number): Promise<boolean> {
    if (this.provider.synced) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.provider.once('sync', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  /** A remote text change whose state a client of this worker sent: one latency sample. */
  readonly #observe = (transaction: Y.Transaction): void => {
    if (transaction.local) return;
    const now = performance.now();
    for (const type of transaction.changed.keys()) {
      if (!(type instanceof Y.Text)) continue;
      const note = type.parent?._item?.parentSub;
      if (typeof note !== 'string') continue;
      const at = this.#probe.sentAt(note, type.toString());
      if (at !== undefined) meter.sample(at, now);
    }
  };

  /** Acts until stopped: a typing burst (60 %) or a drag (40 %), then a pause of `pauseMs`. */
  async run(
    profile: Profile,
    dragHz: number,
    startSpreadMs: number,
    pauseMs: readonly [number, number] = [3000, 12_000],
  ) {
    if (profile === 'idle') return;
    await sleep(between(0, startSpreadMs));
    while (!this.#stopped) {
      if (Math.random() < 0.6) await this.#typingBurst(profile === 'mix');
      else await this.#drag(profile === 'mix', dragHz);
      await sleep(between(...pauseMs));
    }
  }

  /** Writes 10-40 characters at 3-8 keystrokes a second into a new or one of one's own notes. */
  async #typingBurst(edits: boolean): Promise<void> {
    let note = this.#own.length > 0 && Math.random() < 0.7 ? pick(this.#own) : undefined;
    if (edits && note === undefined) {
      const created = createNote(this.doc, pick(CELL_IDS), { text: pick(['a', 'o', 'n', 'k']) });
      if (!created.ok) return;
      note = created.value;
      this.#own.push(note);
    }
    this.#presence.update({ editing: note ?? null });
    const keystrokes = Math.round(between(10, 40));
    for (let key = 0; key < keystrokes && !this.#stopped; key++) {
      await sleep(between(120, 350));
      if (!edits || note === undefined || this.#stopped) continue;
      const text = notesMap(this.doc).get(note)?.get('text');
      if (!(text instanceof Y.Text)) continue;
      const before = text.toString();
      const next = before.length > 300 ? pick(['uusi', 'ny', 'new']) : before + pick([...LETTERS]);
      // The operation normalises (trailing spaces): what counts is the text it stored.
      if (!editNoteText(this.doc, note, next).ok || text.toString() === before) continue;
      meter.edits += 1;
      this.#probe.sent(note, text.toString());
    }
    this.#presence.update({ editing: null });
  }

  /** Drags a note for 0.8-2.5 s, streaming the pointer in presence at `dragHz`, then drops it. */
  async #drag(edits: boolean, dragHz: number): Promise<void> {
    const notes = [...notesMap(this.doc).keys()] as NoteId[];
    // Presence alone (no notes on the board) still streams the pointer, of a made-up note.
    if (notes.length === 0 && edits) return;
    const note = notes.length > 0 ? pick(notes) : ('presence-only' as NoteId);
    const until = performance.now() + between(800, 2500);
    const awareness = this.provider.awareness;
    while (performance.now() < until && !this.#stopped) {
      awareness.setLocalStateField('drag', { note, x: Math.round(between(0, 1920)), y: Math.round(between(0, 1080)) });
      await sleep(1000 / dragHz);
    }
    if (this.#stopped) return;
    awareness.setLocalStateField('drag', null);
    if (edits && moveNote(this.doc, note, pick(CELL_IDS), Math.floor(between(0, 4))).ok) meter.moves += 1;
  }

  stop(): void {
    this.#stopped = true;
    this.#presence.destroy();
    this.provider.destroy();
    this.doc.destroy();
  }
}
