import { MAX_PATHS_PER_BOARD, MAX_STEPS_PER_PATH, pathsMap } from '@avaa/board-model';
import { ContentType, ID, Item, knownClock, storedItem, typeItem } from '@avaa/board-model/yjs-internals';
import * as Y from 'yjs';
import { type DecodedStructs, exceedsRootLimit } from './noteLimit.ts';

export type PathLimit = 'too-many-paths' | 'too-many-steps';

/**
 * Which limit applying these structs would break: more than board-model's MAX_PATHS_PER_BOARD
 * paths on the board, or more than MAX_STEPS_PER_PATH steps in a path, deleted and removed ones
 * included (they can be restored). Such a change is dropped like one past the note limit. The
 * domain's operations refuse first (with the same words), so only a foreign client meets this.
 */
export function exceededPathLimit(
  doc: Y.Doc,
  structs: DecodedStructs,
  maxPaths = MAX_PATHS_PER_BOARD,
  maxSteps = MAX_STEPS_PER_PATH,
): PathLimit | undefined {
  if (exceedsRootLimit(doc, pathsMap(doc), 'paths', structs, maxPaths)) return 'too-many-paths';
  return exceedsStepLimit(doc, structs, maxSteps) ? 'too-many-steps' : undefined;
}

/** Bounds the climb from an item to the neighbour that names its map and key. */
const MAX_CLIMB = 64;

type Find = (id: ID) => Item | undefined;

/**
 * Steps are keys of a map stored under `steps`: a new key names its map (the item holding the
 * map type) as its parent, a key set again names only its previous item, so the map and the key
 * are found by climbing to the neighbour that names them, in the document or in the update.
 */
function exceedsStepLimit(doc: Y.Doc, structs: DecodedStructs, max: number): boolean {
  const find = finder(doc, structs);
  const added = new Map<Item, Set<string>>();
  for (const struct of structs) {
    if (!(struct instanceof Item) || struct.deleted) continue;
    const entry = mapEntryOf(struct, find);
    if (!entry || mapEntryOf(entry.map, find)?.key !== 'steps' || storedMap(doc, entry.map)?.has(entry.key)) continue;
    const keys = added.get(entry.map) ?? new Set<string>();
    keys.add(entry.key);
    added.set(entry.map, keys);
  }
  for (const [map, keys] of added) if ((storedMap(doc, map)?.size ?? 0) + keys.size > max) return true;
  return false;
}

/** The item holding the map an item is an entry of, and its key; undefined for a root's or a list's item. */
function mapEntryOf(item: Item, find: Find): { readonly map: Item; readonly key: string } | undefined {
  let current = item;
  for (let climbed = 0; climbed < MAX_CLIMB; climbed++) {
    const parent: unknown = current.parent;
    const key = current.parentSub;
    if (parent instanceof Y.AbstractType) {
      const map = typeItem(parent);
      return map && key !== null ? { map, key } : undefined;
    }
    if (parent instanceof ID) {
      const map = find(parent);
      return map && key !== null ? { map, key } : undefined;
    }
    if (parent !== null) return undefined;
    const neighbour = current.origin ?? current.rightOrigin;
    const next = neighbour ? find(neighbour) : undefined;
    if (!next) return undefined;
    current = next;
  }
  return undefined;
}

/** The document's map an item holds, if the document holds the item (else the map is new). */
function storedMap(doc: Y.Doc, item: Item): Y.Map<unknown> | undefined {
  if (item.id.clock >= knownClock(doc, item.id.client) || storedItem(doc, item.id) !== item) return undefined;
  return item.content instanceof ContentType && item.content.type instanceof Y.Map ? item.content.type : undefined;
}

/** Finds an item by id in the document, else in the update (indexed: an update may hold thousands). */
function finder(doc: Y.Doc, structs: DecodedStructs): Find {
  const byClient = new Map<number, DecodedStructs>();
  for (const struct of structs) {
    const list = byClient.get(struct.id.client) ?? [];
    list.push(struct);
    byClient.set(struct.id.client, list);
  }
  for (const list of byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  return (id) => {
    if (id.clock < knownClock(doc, id.client)) {
      const stored = storedItem(doc, id);
      return stored instanceof Item ? stored : undefined;
    }
    const found = holding(byClient.get(id.client) ?? [], id.clock);
    return found instanceof Item ? found : undefined;
  };
}

/** The struct of a clock-ordered list holding `clock`, by binary search. */
function holding(list: DecodedStructs, clock: number): DecodedStructs[number] | undefined {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const struct = list[middle];
    if (!struct) return undefined;
    if (clock < struct.id.clock) high = middle - 1;
    else if (clock >= struct.id.clock + struct.length) low = middle + 1;
    else return struct;
  }
  return undefined;
}
