import { type CellId, type NoteId, notesMap, readNote, voteEntry, votesMap } from '@avaa/board-model';
import * as Y from 'yjs';

/** What another person did to a note, as a screen reader is told. */
export type NoteChangeKind = 'added' | 'edited' | 'moved' | 'deleted' | 'restored';

/** `person`: the writer's name from presence, null when not known (gone, or several wrote). */
export type NoteChange = {
  readonly kind: NoteChangeKind;
  readonly note: NoteId;
  readonly cell: CellId;
  readonly person: string | null;
};
export type VoteChange =
  | { readonly kind: 'voteOpened'; readonly dotsPerPerson: number }
  | { readonly kind: 'voteClosed' };
export type OthersChange = NoteChange | VoteChange;

/**
 * Where a transaction came from: `own` (this person's edits, undo and redo, merges: all local),
 * `live` (others' changes relayed by the server while synced), `catchUp` (what the server sends
 * while syncing: a board loading or coming back after offline), `ignored` (anything else, e.g.
 * the device's own offline copy loading).
 */
export type TransactionSource = 'own' | 'live' | 'catchUp' | 'ignored';

/** `server`: the provider, the origin of everything the server sends; `synced` its state now. */
export function transactionSource(
  transaction: Y.Transaction,
  server: { readonly origin: unknown; readonly synced: boolean },
): TransactionSource {
  if (transaction.local) return 'own';
  if (transaction.origin !== server.origin) return 'ignored';
  return server.synced ? 'live' : 'catchUp';
}

/**
 * Types the roots read here. Call before listening: Yjs reports no events for a root that an
 * update created before anyone asked for it as a map.
 */
export function typeRoots(doc: Y.Doc): void {
  notesMap(doc);
  votesMap(doc);
}

/** A precedence per note in one transaction: an added note's typing is part of adding it. */
const WEIGHT: Readonly<Record<NoteChangeKind, number>> = { added: 4, deleted: 3, restored: 3, moved: 2, edited: 1 };

/**
 * Others' changes to notes and votes in one transaction of `doc` (call it from
 * `afterTransaction`). `nameOf` names a Yjs client from presence; the writer is the one client
 * whose clock the transaction advanced.
 */
export function othersChangesOf(
  doc: Y.Doc,
  transaction: Y.Transaction,
  nameOf: (clientId: number) => string | null,
): OthersChange[] {
  const writer = writerOf(transaction);
  const person = writer === null ? null : nameOf(writer);
  const kinds = new Map<NoteId, NoteChangeKind>();
  const notes = notesMap(doc);
  for (const event of transaction.changedParentTypes.get(notes) ?? []) {
    for (const [note, kind] of noteChangesOf(event, pathBelow(notes, event.target))) {
      const known = kinds.get(note);
      if (!known || WEIGHT[kind] > WEIGHT[known]) kinds.set(note, kind);
    }
  }
  const changes: OthersChange[] = [];
  for (const [id, kind] of kinds) {
    const note = readNote(doc, id);
    if (!note || (note.deleted && kind !== 'deleted')) continue;
    const cell = note.stackedInto ? (readNote(doc, note.stackedInto)?.cell ?? note.cell) : note.cell;
    changes.push({ kind, note: id, cell, person });
  }
  return [...changes, ...voteChangesOf(doc, transaction)];
}

/** The one client whose clock the transaction advanced, else null (none or several). */
export function writerOf(transaction: Y.Transaction): number | null {
  let writer: number | null = null;
  for (const [client, clock] of transaction.afterState) {
    if (clock <= (transaction.beforeState.get(client) ?? 0)) continue;
    if (writer !== null) return null;
    writer = client;
  }
  return writer;
}

/**
 * The keys from `root` down to `type` (`[noteId, 'text']`), or null when not below it by keys.
 * `event.path` is relative to a deep observer, which this reader is not.
 */
function pathBelow(root: Y.AbstractType<unknown>, type: Y.AbstractType<unknown>): string[] | null {
  const path: string[] = [];
  let child = type;
  while (child !== root) {
    const item = child._item;
    if (!item || item.parentSub === null || !(item.parent instanceof Y.AbstractType)) return null;
    path.unshift(item.parentSub);
    child = item.parent;
  }
  return path;
}

/** The notes one event on the notes map (or below it) changed, and how. */
function noteChangesOf(event: Y.YEvent<Y.AbstractType<unknown>>, path: string[] | null): [NoteId, NoteChangeKind][] {
  if (path === null) return [];
  const [note, field] = path as [NoteId | undefined, string | undefined];
  if (note === undefined) {
    // The notes map itself: a note added (a replaced or removed entry is the server's erasure).
    return [...event.changes.keys]
      .filter(([, change]) => change.action === 'add')
      .map(([id]) => [id as NoteId, 'added']);
  }
  if (field !== undefined) return [[note, 'edited']]; // its text or its sources
  const keys = (event as Y.YMapEvent<unknown>).keysChanged;
  if (keys.has('deleted')) {
    return [[note, (event.target as Y.Map<unknown>).get('deleted') === true ? 'deleted' : 'restored']];
  }
  if (keys.has('placement') || keys.has('stackedInto')) return [[note, 'moved']];
  if (keys.has('colour') || keys.has('kind')) return [[note, 'edited']];
  return [];
}

/** A vote opened or closed in the transaction. */
function voteChangesOf(doc: Y.Doc, transaction: Y.Transaction): VoteChange[] {
  const changes: VoteChange[] = [];
  const votes = votesMap(doc);
  for (const event of transaction.changedParentTypes.get(votes) ?? []) {
    const depth = pathBelow(votes, event.target)?.length;
    if (depth === 0) {
      for (const [id, change] of event.changes.keys) {
        const vote = change.action === 'add' ? voteEntry(doc, id) : undefined;
        if (vote && vote.get('closed') !== true) {
          changes.push({ kind: 'voteOpened', dotsPerPerson: vote.get('dotsPerPerson') as number });
        }
      }
    } else if (
      depth === 1 &&
      (event as Y.YMapEvent<unknown>).keysChanged.has('closed') &&
      (event.target as Y.Map<unknown>).get('closed') === true
    ) {
      changes.push({ kind: 'voteClosed' });
    }
  }
  return changes;
}
