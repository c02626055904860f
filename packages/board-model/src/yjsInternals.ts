import * as Y from 'yjs';

/**
 * Everything of Yjs 13 beyond its documented API that the domain, the server and the web app
 * use, in one place: reading an update's structs before applying it (write rules, server-owned
 * roots, client ids, the note limit), a type's place in its document, and the store's pending
 * updates. Each is pinned to Yjs 13's behaviour by yjsInternals.test.ts; this list is the
 * checklist for Yjs 14, whose structs, store and types change. Of an `Item`, its fields `id`,
 * `length`, `parent`, `parentSub`, `origin`, `rightOrigin`, `content` and `deleted` are read.
 * (The provider's side is @avaa/sync-client's providerInternals.ts.)
 */
export { ContentDeleted, ContentString, ContentType, GC, ID, Item, Skip } from 'yjs';

/** A struct of an update: an item, a garbage-collected range, or a gap in a client's clock. */
export type Struct = Y.Item | Y.GC | Y.Skip;

/** An update's structs and delete set, decoded once for every check that reads them. */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

export function decodeUpdate(update: Uint8Array): DecodedUpdate {
  return Y.decodeUpdate(update);
}

/** The clock up to which the document holds a client's structs (its next clock). */
export function knownClock(doc: Y.Doc, client: number): number {
  return Y.getState(doc.store, client);
}

/** A client's structs as the document stores them, in clock order. */
export function storedStructs(doc: Y.Doc, client: number): readonly (Y.Item | Y.GC)[] | undefined {
  return doc.store.clients.get(client);
}

/** The index of the struct holding `clock` in a client's clock-ordered structs. */
export function structIndexAt(structs: readonly Struct[], clock: number): number {
  return Y.findIndexSS(structs as Struct[], clock);
}

/** The stored struct holding `id` (the document must hold that clock: see knownClock). */
export function storedItem(doc: Y.Doc, id: Y.ID): Y.Item | Y.GC {
  return Y.getItem(doc.store, id);
}

/** The item a nested type was inserted as; null for a root type. */
export function typeItem<T>(type: Y.AbstractType<T>): Y.Item | null {
  return type._item;
}

/** The item holding a map key's current value (deleted or not); undefined if never set. */
export function entryItem<T>(map: Y.AbstractType<T>, key: string): Y.Item | undefined {
  return map._map.get(key);
}

/** Whether the document holds updates it could not apply yet (their dependencies missing). */
export function hasPendingUpdates(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}

/** Forgets the updates waiting for missing dependencies (they are never applied). */
export function dropPendingUpdates(doc: Y.Doc): void {
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
}
