import type { Language } from '@avaa/board-model';
import type { WorkshopId } from '@avaa/protocol';
import type { ImageStore } from './images.ts';

/**
 * Where workshops and board state live. Async and backend-neutral: SQLite for one node
 * (sqlite.ts), PostgreSQL for several (postgres.ts). Room names are opaque keys, never file paths.
 */
export type WorkshopRecord = {
  readonly id: WorkshopId;
  readonly title: string;
  readonly language: Language;
  readonly createdAt: number;
  /** What people type on the start page to find the workshop; unique, stored in lower case. */
  readonly joinCode: string;
};

/** A room's first log entry: the update its seed emits. */
export type RoomSeed = { readonly room: string; readonly update: Uint8Array };

/** A room's stored state: the latest snapshot (if any) and the log entries written after it. */
export type StoredRoom = {
  readonly snapshot: Uint8Array | undefined;
  readonly updates: readonly Uint8Array[];
  /**
   * Id of the newest log entry (0 when nothing is stored); compaction deletes up to an id. In
   * PostgreSQL ids are per-room sequence numbers without holes (a node that missed one sees it).
   */
  readonly lastEntryId: number;
};

/**
 * Last activity is stored at most this often per workshop: retention counts in days, and an
 * append then seldom writes (or, on PostgreSQL, locks) the workshop's row.
 */
export const ACTIVITY_RESOLUTION_MS = 60_000;

/** The workshop a room belongs to: room names are `<workshop id>/...`. */
export function workshopOfRoom(room: string): string {
  const slash = room.indexOf('/');
  return slash === -1 ? room : room.slice(0, slash);
}

export type RoomStats = { readonly logEntries: number; readonly hasSnapshot: boolean };

export interface Storage {
  /** Note images, per board (images.ts). */
  readonly images: ImageStore;
  /**
   * Stores a new workshop and the first update of each of its rooms in one transaction.
   * Resolves false (and stores nothing) when the id or the join code is already taken.
   */
  createWorkshop(workshop: WorkshopRecord, seeds: readonly RoomSeed[]): Promise<boolean>;
  getWorkshop(id: WorkshopId): Promise<WorkshopRecord | undefined>;
  /** The workshop with this (lower-case) join code. */
  findWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | undefined>;
  loadRoom(room: string): Promise<StoredRoom>;
  /**
   * What a node that holds the room up to `afterEntryId` lacks: the log entries after it, and
   * the snapshot too when compaction deleted entries it had not seen. Applying it again is
   * harmless (Yjs ignores what a document already has).
   */
  loadRoomSince(room: string, afterEntryId: number): Promise<StoredRoom>;
  /** The newest entry id of each of `rooms` that has anything stored. */
  lastEntryIds(rooms: readonly string[]): Promise<Map<string, number>>;
  /**
   * Stores `update` as the room's first log entry if, and only if, the room has no stored state
   * (no log entry, no snapshot), checked and written in one transaction. Resolves the entry's id,
   * or undefined when the room already had state: then it must be loaded again, not seeded.
   */
  seedRoom(room: string, update: Uint8Array): Promise<number | undefined>;
  /**
   * Appends Yjs updates (each one emitted by the server's own Y.Doc) to the room's log in one
   * durable transaction and resolves the id of the last entry.
   */
  appendUpdates(room: string, updates: readonly Uint8Array[]): Promise<number>;
  /**
   * Replaces the room's snapshot and deletes log entries up to `upToEntryId`, atomically. A
   * snapshot reaching less far than the stored one is not stored (two nodes compacting at once).
   */
  compactRoom(room: string, snapshot: Uint8Array, upToEntryId: number): Promise<void>;
  roomStats(room: string): Promise<RoomStats>;
  /**
   * Makes rows deleted so far unrecoverable from the database's files, where the backend can:
   * SQLite (secure_delete on) checkpoints its write-ahead log into the main file and truncates
   * it; PostgreSQL leaves dead row versions to autovacuum (server/README.md "Erasure"). Called
   * after a compaction that erased deleted notes' text.
   */
  purgeDeleted(): Promise<void>;
  /**
   * When the room's next erasure of deleted notes' text is due (ms since the epoch), as the room
   * last recorded it (rooms/erasureDue.ts), or undefined.
   */
  erasureDue(room: string): Promise<number | undefined>;
  /** Records (or, with undefined, forgets) when the room's next erasure is due. */
  setErasureDue(room: string, dueAt: number | undefined): Promise<void>;
  /**
   * The rooms whose erasure is due at `at`, earliest first: the sweep loads them, so a room nobody
   * opens again is erased too (rooms/roomManager.ts).
   */
  roomsDueForErasure(at: number): Promise<string[]>;
  /**
   * Deletes the workshop and everything stored for its rooms (named `<id>/...`: boards, private
   * rooms, their registries and due erasures) in one transaction, then purges as `purgeDeleted` does (PostgreSQL: a VACUUM of the tables, in the
   * background). Resolves false when there was no such workshop.
   */
  deleteWorkshop(id: WorkshopId): Promise<boolean>;
  /**
   * Workshops whose last activity (when `createWorkshop` stored it, or the last stored update of
   * any of their rooms, to within ACTIVITY_RESOLUTION_MS) is before `before` (ms since the
   * epoch): the retention sweep.
   */
  workshopsInactiveSince(before: number): Promise<WorkshopId[]>;
  /** Rejects when the backend cannot be reached now (the health check). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
