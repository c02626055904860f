import type { SqliteDatabase } from './sqliteDatabase.ts';

/** A call of a method of the database, sent to the SQLite worker thread. */
export type StorageRequest = {
  readonly id: number;
  readonly method: keyof SqliteDatabase;
  readonly args: readonly unknown[];
};

/** An error as it crosses threads: what callers and logs read of it (`code` as node:sqlite sets it). */
export type StorageError = {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  readonly errcode?: number;
  readonly errstr?: string;
};

export type StorageReply =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: StorageError };
