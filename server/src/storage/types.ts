import type { Language } from '@avaa/board-model';
import type { WorkshopId } from '@avaa/protocol';

/**
 * Where workshops and board state live. Async and backend-neutral on purpose: SQLite today,
 * PostgreSQL later. Room names are opaque keys here, never file paths.
 */
export type WorkshopRecord = {
  readonly id: WorkshopId;
  readonly title: string;
  readonly language: Language;
  readonly createdAt: number;
};

/** A room's stored state: the latest snapshot (if any) and the log entries written after it. */
export type StoredRoom = {
  readonly snapshot: Uint8Array | undefined;
  readonly updates: readonly Uint8Array[];
  /** Id of the newest log entry (0 when the log is empty); compaction deletes up to an id. */
  readonly lastEntryId: number;
};

export type RoomStats = { readonly logEntries: number; readonly hasSnapshot: boolean };

export interface Storage {
  /**
   * Stores a new workshop and the first update of its board in one transaction.
   * Resolves false (and stores nothing) when the id is already taken.
   */
  createWorkshop(workshop: WorkshopRecord, room: string, firstUpdate: Uint8Array): Promise<boolean>;
  getWorkshop(id: WorkshopId): Promise<WorkshopRecord | undefined>;
  loadRoom(room: string): Promise<StoredRoom>;
  /**
   * Appends Yjs updates (each one emitted by the server's own Y.Doc) to the room's log in one
   * durable transaction and resolves the id of the last entry.
   */
  appendUpdates(room: string, updates: readonly Uint8Array[]): Promise<number>;
  /** Replaces the room's snapshot and deletes log entries up to `upToEntryId`, atomically. */
  compactRoom(room: string, snapshot: Uint8Array, upToEntryId: number): Promise<void>;
  roomStats(room: string): Promise<RoomStats>;
  close(): Promise<void>;
}
