/** The appends of several rooms, committed together (one fsync). */
export type AppendBatch = readonly { readonly room: string; readonly updates: readonly Uint8Array[] }[];

/**
 * Group commit: appends wait until the end of the event-loop turn and, while the
 * last commit is younger than `intervalMs`, until then; all waiting appends (every room's) then
 * go as one batch, committed in one transaction. Each append resolves after that commit, so
 * "saved means committed" holds; relaying does not wait for it (rooms/room.ts). At low load an
 * append is committed at the end of its turn; under load the commits (one fsync each) stay at
 * most 1000 / intervalMs per second however many rooms write.
 */
export class AppendBatcher {
  readonly #commit: (batch: AppendBatch) => Promise<number[]>;
  readonly #intervalMs: number;
  #waiting: PendingAppend[] = [];
  #scheduled = false;
  #lastSentAt = Number.NEGATIVE_INFINITY;

  constructor(commit: (batch: AppendBatch) => Promise<number[]>, intervalMs: number) {
    this.#commit = commit;
    this.#intervalMs = intervalMs;
  }

  append(room: string, updates: readonly Uint8Array[]): Promise<number> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ room, updates, resolve, reject });
      this.#schedule();
    });
  }

  /** Sends what waits now (before another call, so calls reach storage in the order made). */
  flush(): void {
    const appends = this.#waiting;
    this.#waiting = [];
    if (appends.length === 0) return;
    this.#lastSentAt = performance.now();
    this.#commit(appends.map(({ room, updates }) => ({ room, updates }))).then(
      (lastIds) => {
        for (const [index, append] of appends.entries()) append.resolve(lastIds[index] ?? 0);
      },
      (error: unknown) => {
        for (const append of appends) append.reject(error);
      },
    );
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    const send = () => {
      this.#scheduled = false;
      this.flush();
    };
    const wait = this.#lastSentAt + this.#intervalMs - performance.now();
    if (wait > 0) setTimeout(send, wait);
    else setImmediate(send);
  }
}

type PendingAppend = {
  readonly room: string;
  readonly updates: readonly Uint8Array[];
  readonly resolve: (lastId: number) => void;
  readonly reject: (error: unknown) => void;
};
