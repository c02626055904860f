import { type CellId, type NoteId, notesMap, readNote, voteEntry, votesMap } from '@avaa/board-model';
import { entryItem, typeItem } from '@avaa/board-model/yjs-internals';
import { originKind } from '@avaa/workshop-client';
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
  if (originKind(transaction.origin, { provider: server.origin, offlineCopy: undefined }) === 'server') {
    return server.synced ? 'live' : 'catchUp';
  }
  return transaction.local ? 'own' : 'ignored';
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
 * `afterTransaction`). `nameOf` names a Yjs client from presence. The writer of a change is the
 * client of the value it wrote (one update may carry several writers: the server stamps a
 * delete in the same update it relays); typing is the one client whose clock the transaction
 * advanced.
 */
export function othersChangesOf(
  doc: Y.Doc,
  transaction: Y.Transaction,
  nameOf: (clientId: number) => string | null,
): OthersChange[] {
  const writer = writerOf(transaction);
  const found = new Map<NoteId, FoundChange>();
  const notes = notesMap(doc);
  for (const event of eventsBelow(transaction, notes)) {
    for (const change of noteChangesOf(event, pathBelow(notes, event.target))) {
      const known = found.get(change.note);
      if (!known || WEIGHT[change.kind] > WEIGHT[known.kind]) found.set(change.note, change);
    }
  }
  const changes: OthersChange[] = [];
  for (const { note: id, kind, client } of found.values()) {
    const note = readNote(doc, id);
    if (!note || (note.deleted && kind !== 'deleted')) continue;
    const cell = note.stackedInto ? (readNote(doc, note.stackedInto)?.cell ?? note.cell) : note.cell;
    const by = client ?? writer;
    changes.push({ kind, note: id, cell, person: by === null ? null : nameOf(by) });
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

type AnyEvent = Y.YEvent<Y.AbstractType<unknown>>;

/** The events of the transaction on `root` and the types below it. */
function eventsBelow(transaction: Y.Transaction, root: object): readonly AnyEvent[] {
  const byType = transaction.changedParentTypes as Map<object, AnyEvent[]>;
  return byType.get(root) ?? [];
}

/**
 * The keys from `root` down to `type` (`[noteId, 'text']`), or null when not below it by keys.
 * `event.path` is relative to a deep observer, which this reader is not.
 */
function pathBelow(root: object, type: Y.AbstractType<unknown>): string[] | null {
  const path: string[] = [];
  let child = type;
  while (child !== root) {
    const item = typeItem(child);
    if (!item || item.parentSub === null || !(item.parent instanceof Y.AbstractType)) return null;
    path.unshift(item.parentSub);
    child = item.parent;
  }
  return path;
}

/** `client`: the Yjs client that wrote it, null when not told by the event (typing). */
type FoundChange = { readonly note: NoteId; readonly kind: NoteChangeKind; readonly client: number | null };

/** The notes one event on the notes map (or below it) changed, and how. */
function noteChangesOf(event: AnyEvent, path: string[] | null): FoundChange[] {
  if (path === null) return [];
  const [note, field] = path as [NoteId | undefined, string | undefined];
  const target = event.target;
  if (note === undefined) {
    // The notes map itself: a note added (a replaced or removed entry is the server's erasure).
    return [...event.changes.keys]
      .filter(([, change]) => change.action === 'add')
      .map(([id]) => ({ note: id as NoteId, kind: 'added', client: clientOf(target, id) }));
  }
  // Its text or its sources. (Reading a text event's changes here would start a transaction.)
  if (field !== undefined) return [{ note, kind: 'edited', client: null }];
  const keys = (event as Y.YMapEvent<unknown>).keysChanged;
  const deleted = target instanceof Y.Map ? target.get('deleted') : undefined;
  for (const [key, kind] of KEY_CHANGES) {
    if (!keys.has(key)) continue;
    const undone = key === 'deleted' && deleted !== true;
    return [{ note, kind: undone ? 'restored' : kind, client: clientOf(target, key) }];
  }
  return [];
}

/** A note's keys that others hear about, the weightiest first. */
const KEY_CHANGES: readonly (readonly [string, NoteChangeKind])[] = [
  ['deleted', 'deleted'],
  ['placement', 'moved'],
  ['stackedInto', 'moved'],
  ['colour', 'edited'],
  ['kind', 'edited'],
];

/** The client that wrote the current value of a map's key. */
function clientOf(map: Y.AbstractType<unknown>, key: string): number | null {
  return entryItem(map, key)?.id.client ?? null;
}

/** A vote opened or closed in the transaction. */
function voteChangesOf(doc: Y.Doc, transaction: Y.Transaction): VoteChange[] {
  const changes: VoteChange[] = [];
  const votes = votesMap(doc);
  for (const event of eventsBelow(transaction, votes)) {
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
