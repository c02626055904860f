import { deletionsMap, nextErasureDue } from '@avaa/board-model';
import type * as Y from 'yjs';
import { errorFields, type Logger } from '../log.ts';
import type { Storage } from '../storage/types.ts';
import { holdsNotes } from './erasure.ts';

type NotesRoom = { readonly name: string; readonly doc: Y.Doc };

export type ErasureDueOptions = {
  readonly storage: Storage;
  readonly logger: Logger;
  readonly deletedNoteGraceMs: number;
  /** Resolves once what the room emitted so far is stored (or it failed). */
  readonly flushed: () => Promise<void>;
  /** Whether the room failed: then its erasures may not have been stored. */
  readonly failed: () => boolean;
};

/** The due erasure of a room holding notes (a board, a private room); none for other rooms. */
export function erasureDueFor(room: NotesRoom, options: ErasureDueOptions): ErasureDue | undefined {
  return holdsNotes(room.name) ? new ErasureDue(room, options) : undefined;
}

/**
 * When a room's next erasure of deleted notes' text is due (board-model `nextErasureDue`: the
 * earliest delete the last erasure left, plus the grace), kept in storage so that the sweep of
 * stored rooms (roomManager.ts) loads, and so erases, a room nobody opens again. Written only when
 * it changes, and only after the room stored the erasure it follows: a failed room leaves the
 * earlier time, never a later one. A load reads it and writes nothing unless it changed.
 */
export class ErasureDue {
  readonly #room: NotesRoom;
  readonly #options: ErasureDueOptions;
  /** As storage holds it; null when not known (not read yet, or a write failed). */
  #stored: number | undefined | null = null;
  /** When the last erasure ran (every delete past the grace then is erased). */
  #erasedAt: number | undefined;
  #writes: Promise<void> = Promise.resolve();
  #stop: (() => void) | undefined;

  constructor(room: NotesRoom, options: ErasureDueOptions) {
    this.#room = room;
    this.#options = options;
  }

  async load(): Promise<void> {
    this.#stored = await this.#options.storage.erasureDue(this.#room.name);
  }

  /** From now on a change of the deletion times (a delete, a restore, another node's) is kept. */
  watch(): void {
    const times = deletionsMap(this.#room.doc);
    const changed = () => this.#record();
    times.observe(changed);
    this.#stop = () => times.unobserve(changed);
  }

  /** An erasure runs at `at` (read before it runs: it erases at least what was past the grace then). */
  erasing(at: number): void {
    this.#erasedAt = at;
    this.#record();
  }

  /** Resolves once every time recorded so far is written (or failed). */
  settled(): Promise<void> {
    return this.#writes;
  }

  /** The room leaves memory: nothing more is recorded. */
  stop(): void {
    this.#stop?.();
    this.#stop = undefined;
    this.#erasedAt = undefined;
  }

  #record(): void {
    if (this.#erasedAt === undefined) return;
    const due = nextErasureDue(this.#room.doc, { now: this.#erasedAt, graceMs: this.#options.deletedNoteGraceMs });
    if (due === this.#stored) return;
    this.#stored = due;
    const { storage, logger, flushed, failed } = this.#options;
    const room = this.#room.name;
    this.#writes = this.#writes
      .then(flushed)
      .then(() => (failed() ? undefined : storage.setErasureDue(room, due)))
      .catch((error: unknown) => {
        this.#stored = null;
        logger('warn', 'room-erasure-due-failed', { room, ...errorFields(error) });
      });
  }
}
