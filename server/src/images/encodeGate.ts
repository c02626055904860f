/**
 * How many uploads are decoded at once, and how many may wait: each decode holds a decoded image
 * in memory (up to 50 megapixels: 200 MB) and libvips threads, so a burst of uploads queues here
 * instead of taking the machine's memory and cores. Past the queue, the upload is answered `busy`.
 */
export const MAX_DECODING = 2;
export const MAX_WAITING = 8;

export class EncodeGate {
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  /** Runs `work` when a place is free; undefined at once when the queue is full. */
  async run<T>(work: () => Promise<T>): Promise<T | undefined> {
    if (this.#running >= MAX_DECODING) {
      if (this.#waiting.length >= MAX_WAITING) return undefined;
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else {
      this.#running += 1;
    }
    try {
      return await work();
    } finally {
      const next = this.#waiting.shift();
      // The place passes to the next in line, or is given back.
      if (next) next();
      else this.#running -= 1;
    }
  }
}
