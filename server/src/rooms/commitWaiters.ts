/** Runs once every update emitted up to `upTo` (a count) is committed. */
type CommitWaiter = { readonly upTo: number; readonly run: () => void };

/**
 * Counts the updates a room's doc emitted and how many of them are committed, and runs what
 * waits for a commit (the "saved" answers) once it happened, and only while `acknowledging`
 * allows it (with several nodes: while Redis carries the change to the others).
 */
export class CommitWaiters {
  #emitted = 0;
  #committed = 0;
  #waiters: CommitWaiter[] = [];
  readonly #acknowledging: () => boolean;

  constructor(acknowledging: () => boolean) {
    this.#acknowledging = acknowledging;
  }

  emitted(): void {
    this.#emitted += 1;
  }

  committed(count: number): void {
    this.#committed += count;
    this.run();
  }

  /** Runs `run` once everything emitted so far is committed (at once if it is). */
  add(run: () => void): void {
    if (this.#committed >= this.#emitted && this.#acknowledging()) run();
    else this.#waiters.push({ upTo: this.#emitted, run });
  }

  /** Runs the waiters that are due (after a commit, or when acknowledging is allowed again). */
  run(): void {
    if (!this.#acknowledging()) return;
    const due = this.#waiters.filter((waiter) => waiter.upTo <= this.#committed);
    if (due.length === 0) return;
    this.#waiters = this.#waiters.filter((waiter) => waiter.upTo > this.#committed);
    for (const waiter of due) waiter.run();
  }

  /** The room failed: nothing may be called saved any more. */
  clear(): void {
    this.#waiters = [];
  }
}
