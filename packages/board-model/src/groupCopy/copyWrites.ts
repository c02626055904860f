import type * as Y from 'yjs';
import {
  type DecodedUpdate,
  type ID,
  Item,
  knownClock,
  Skip,
  type Struct,
  storedStructs,
  structIndexAt,
} from '../yjsInternals.ts';

/**
 * Why the server drops a participant's update that writes a note's `copiedFrom`: only the
 * facilitator's client copies the common table onto group boards (`copyTableToGroup`), and the
 * merge lets a copy change its original, so a group member must not be able to make a note of
 * theirs pass for a copy of a common note. Removing it (the note becomes an ordinary one) goes.
 */
export type CopyWriteRefusal = 'copy-provenance';

const COPIED_FROM = 'copiedFrom';

/**
 * Whether the update writes the key `copiedFrom` of any map. Map entries that overwrite a key
 * name only their predecessor, so an item's key is found by climbing to the item that names it:
 * stored items know their key, items of the update are climbed through. Throws on a malformed
 * update, as `Y.applyUpdate` would.
 */
export function writesCopiedFrom(doc: Y.Doc, update: DecodedUpdate): boolean {
  const find = finder(doc, update.structs);
  return update.structs.some(
    (struct) =>
      struct instanceof Item &&
      struct.id.clock >= knownClock(doc, struct.id.client) &&
      keyOf(doc, struct, find) === COPIED_FROM,
  );
}

export type Find = (id: ID) => Item | undefined;

export function keyOf(doc: Y.Doc, item: Item, find: Find): string | null {
  const seen = new Set<Item>();
  for (let current: Item | undefined = item; current && !seen.has(current); ) {
    seen.add(current);
    if (current.parentSub !== null) return current.parentSub;
    if (current.origin === null || isStored(doc, current)) return null;
    current = find(current.origin);
  }
  return null;
}

function isStored(doc: Y.Doc, item: Item): boolean {
  return item.id.clock < knownClock(doc, item.id.client);
}

/** The item holding `id`: the document's if it has it, else the update's. */
export function finder(doc: Y.Doc, structs: readonly Struct[]): Find {
  const byClient = new Map<number, Struct[]>();
  for (const struct of structs) {
    const list = byClient.get(struct.id.client) ?? [];
    list.push(struct);
    byClient.set(struct.id.client, list);
  }
  for (const list of byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  return (id) => {
    const stored = storedStructs(doc, id.client);
    const inDoc = stored !== undefined && id.clock < knownClock(doc, id.client);
    const list = inDoc ? stored : byClient.get(id.client);
    if (!list || list.length === 0) return undefined;
    const first = list[0];
    const last = list[list.length - 1];
    if (!first || !last || id.clock < first.id.clock || id.clock >= last.id.clock + last.length) return undefined;
    const struct = list[structIndexAt(list, id.clock)];
    return struct instanceof Item && !(struct instanceof Skip) ? struct : undefined;
  };
}
