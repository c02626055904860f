import type { NoteId } from '@avaa/board-model';
import { ApiError } from '@avaa/protocol';
import type { DotsAnswer, StoredDots } from './dotsApi.ts';

/** One change of my dots, with this device's id for it (sent again on every retry). */
export type DotChange = { readonly id: string; readonly action: 'place' | 'take-back'; readonly note: NoteId };

/** What my screen shows of my dots: the stored ones with my changes not stored yet applied. */
export type MyDotsState = {
  readonly notes: readonly NoteId[];
  readonly left: number;
  readonly total: number;
  /** Changes not stored yet (offline, or the server not reached): "saved" only once they are. */
  readonly unsaved: number;
};

/** What the store needs of the votes API (dotsApi.ts), bound to one vote and token. */
export type DotsServer = {
  fetch(): Promise<DotsAnswer<StoredDots>>;
  send(change: DotChange): Promise<DotsAnswer<StoredDots>>;
};

export type MyDotsOptions = {
  readonly server: DotsServer;
  readonly total: number;
  /** Where changes wait across reloads (localStorage), or undefined. */
  readonly keep?: { read(): string | null; write(value: string | null): void };
  /** The server refused a change: its word (`no-dots-left`, `vote-closed`, ...). */
  readonly onRefused: (error: ApiError | null) => void;
  readonly newId?: () => string;
};

const RETRY_MS = [1_000, 2_000, 5_000, 10_000];

/**
 * My dots in one vote, framework-free: who placed which dot is kept by the server only, so my
 * dots come from it (also on another device with my token), and my changes go to it one at a
 * time, each with an id, retried until it answers (the same change is never counted twice).
 * Changes waiting are kept on the device and shown as mine meanwhile, marked as not saved.
 */
export class MyDots {
  readonly #options: MyDotsOptions;
  readonly #listeners = new Set<() => void>();
  #stored: StoredDots;
  #queue: DotChange[];
  #state: MyDotsState;
  #sending = false;
  #failures = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The connection came back while a change was on its way: if that one failed, retry at once. */
  #soon = false;
  #destroyed = false;

  constructor(options: MyDotsOptions) {
    this.#options = options;
    this.#stored = { notes: [], left: options.total, total: options.total };
    this.#queue = readQueue(options.keep?.read() ?? null);
    this.#state = derive(this.#stored, this.#queue);
    void this.refresh();
  }

  get state(): MyDotsState {
    return this.#state;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  place(note: NoteId): void {
    if (this.#state.left === 0) {
      this.#options.onRefused(ApiError.noDotsLeft);
      return;
    }
    this.#enqueue({ id: this.#newId(), action: 'place', note });
  }

  takeBack(note: NoteId): void {
    if (!this.#state.notes.includes(note)) return;
    this.#enqueue({ id: this.#newId(), action: 'take-back', note });
  }

  /** Reads my stored dots again (another device of mine may have changed them), then sends what waits. */
  async refresh(): Promise<void> {
    if (this.#queue.length > 0) return this.#flush();
    const answer = await this.#options.server.fetch();
    if (this.#destroyed) return;
    if (answer.ok) this.#update(answer.value);
    else if (answer.kind === 'network') this.#retryLater();
  }

  /** The connection is back: send what waits now. */
  retryNow(): void {
    clearTimeout(this.#timer);
    this.#failures = 0;
    this.#soon = this.#sending;
    void this.refresh();
  }

  destroy(): void {
    this.#destroyed = true;
    clearTimeout(this.#timer);
    this.#listeners.clear();
  }

  #enqueue(change: DotChange): void {
    this.#queue = [...this.#queue, change];
    this.#changed();
    void this.#flush();
  }

  async #flush(): Promise<void> {
    if (this.#sending || this.#destroyed) return;
    this.#sending = true;
    try {
      while (this.#queue.length > 0 && !this.#destroyed) {
        const [change] = this.#queue as [DotChange];
        const answer = await this.#options.server.send(change);
        if (this.#destroyed) return;
        if (!answer.ok && answer.kind === 'network') return this.#retryLater();
        this.#failures = 0;
        this.#queue = this.#queue.slice(1);
        if (answer.ok) this.#update(answer.value);
        else {
          this.#changed();
          this.#options.onRefused(answer.error);
        }
      }
    } finally {
      this.#sending = false;
    }
  }

  #retryLater(): void {
    clearTimeout(this.#timer);
    const delay = this.#soon ? 0 : (RETRY_MS[Math.min(this.#failures, RETRY_MS.length - 1)] ?? 10_000);
    this.#soon = false;
    this.#failures += 1;
    this.#timer = setTimeout(() => void this.refresh(), delay);
  }

  #update(stored: StoredDots): void {
    this.#stored = stored;
    this.#changed();
  }

  #changed(): void {
    this.#options.keep?.write(this.#queue.length > 0 ? JSON.stringify(this.#queue) : null);
    const next = derive(this.#stored, this.#queue);
    if (sameState(next, this.#state)) return;
    this.#state = next;
    for (const listener of this.#listeners) listener();
  }

  #newId(): string {
    return this.#options.newId?.() ?? randomId();
  }
}

function derive(stored: StoredDots, queue: readonly DotChange[]): MyDotsState {
  const notes = [...stored.notes];
  for (const change of queue) {
    if (change.action === 'place' && notes.length < stored.total) notes.push(change.note);
    const at = change.action === 'take-back' ? notes.lastIndexOf(change.note) : -1;
    if (at !== -1) notes.splice(at, 1);
  }
  return { notes, left: Math.max(0, stored.total - notes.length), total: stored.total, unsaved: queue.length };
}

function sameState(a: MyDotsState, b: MyDotsState): boolean {
  return (
    a.left === b.left &&
    a.total === b.total &&
    a.unsaved === b.unsaved &&
    a.notes.length === b.notes.length &&
    a.notes.every((note, i) => note === b.notes[i])
  );
}

function readQueue(kept: string | null): DotChange[] {
  try {
    const parsed: unknown = JSON.parse(kept ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isChange) : [];
  } catch {
    return [];
  }
}

function isChange(value: unknown): value is DotChange {
  const change = value as Partial<DotChange> | null;
  return (
    typeof change?.id === 'string' &&
    (change.action === 'place' || change.action === 'take-back') &&
    typeof change.note === 'string'
  );
}

/** 32 hex digits; `crypto.getRandomValues` works outside secure contexts too (a LAN address). */
function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
