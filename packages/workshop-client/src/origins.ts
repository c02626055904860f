import { type DomainOrigin, ORIGINS } from '@avaa/board-model';

/**
 * Where a transaction of a session's document came from, by its origin:
 * - `own`: this person's edit (origin null, Yjs's default, or the notes of a photo they add) or
 *   their undo and redo;
 * - `merge`: a merge of the groups' boards this person ran (one undoable step);
 * - `housekeeping`: the domain's own bookkeeping (erasure, deletion times: the server's);
 * - `server`: what the provider applied from the server (others' changes, catching up);
 * - `offlineCopy`: this device's copy in IndexedDB loading;
 * - `other`: anything else (a test applying an update by hand).
 */
export type OriginKind = 'own' | 'merge' | 'housekeeping' | 'server' | 'offlineCopy' | 'other';

/** What a session knows to tell origins apart. */
export type OriginSources = { readonly provider: unknown; readonly offlineCopy: unknown };

const HOUSEKEEPING: ReadonlySet<unknown> = new Set([ORIGINS.eraseDeletedNotes, ORIGINS.deletionTime]);

export function originKind(origin: unknown, sources: OriginSources, undoManager?: unknown): OriginKind {
  if (origin === null || origin === ORIGINS.addPhotoNotes || (undoManager !== undefined && origin === undoManager)) {
    return 'own';
  }
  if (origin === ORIGINS.mergeGroupBoards) return 'merge';
  if (HOUSEKEEPING.has(origin)) return 'housekeeping';
  if (origin === sources.provider) return 'server';
  if (origin !== undefined && origin === sources.offlineCopy) return 'offlineCopy';
  return 'other';
}

/**
 * The origins a board's undo takes back: the person's own edits, the notes of a photo they added
 * (one step), and on the common table the merges they ran (each one step).
 */
export function undoableOrigins(mergesToo: boolean): Set<DomainOrigin | null> {
  const own = [null, ORIGINS.addPhotoNotes] as const;
  return new Set(mergesToo ? [...own, ORIGINS.mergeGroupBoards] : own);
}
