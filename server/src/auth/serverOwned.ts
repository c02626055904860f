import {
  CO_FACILITATORS_ROOT,
  DELETIONS_ROOT,
  IMAGES_ROOT,
  PRIVATE_COUNTS_ROOT,
  REACTIONS_ROOT,
  READY_ANSWERS_ROOT,
} from '@avaa/board-model';
import {
  type DecodedUpdate,
  ID,
  Item,
  knownClock,
  type Struct,
  storedStructs,
  structIndexAt,
  typeItem,
} from '@avaa/board-model/yjs-internals';
import type { RoomRef } from '@avaa/protocol';
import * as Y from 'yjs';

/**
 * Roots of a document only the server writes: a board's `meta` (seeded by the server; title and
 * language are the workshop's, and the table PDF prints them), `deletions` (when the server saw
 * each note deleted: the erasure's clock, rooms/erasure.ts) and `voteTallies` (the counts of the
 * common table's votes, which the server publishes from its ballots: board-model
 * `facilitation/vote.ts`). No client changes them, not even the facilitator's. The workshop
 * document is the facilitator's to write, but for who the co-facilitators are (written through the
 * facilitator's API, http/coFacilitatorsApi.ts, so a co-facilitator cannot appoint others), the
 * private notes' counts, and `readyAnswers`: each person's answer to the ready check, which the
 * server writes for the person its token names (http/readyApi.ts). A board's `reactions` are
 * published by the server from its reaction log (http/reactionsApi.ts), its `images` lists the
 * note images the server stored for it (http/imagesApi.ts).
 */
export function serverOwnedRoots(ref: RoomRef): ReadonlySet<string> {
  if (ref.kind === 'private') return PRIVATE_ROOTS;
  return ref.kind === 'board' ? BOARD_ROOTS : WORKSHOP_ROOTS;
}
/** The co-facilitators, the counts of unrevealed private notes per person, the ready answers. */
const WORKSHOP_ROOTS: ReadonlySet<string> = new Set([CO_FACILITATORS_ROOT, PRIVATE_COUNTS_ROOT, READY_ANSWERS_ROOT]);
/** A private room's `revealed` (which notes the reveal has brought onto the board) is the server's. */
const PRIVATE_ROOTS: ReadonlySet<string> = new Set(['meta', DELETIONS_ROOT, 'voteTallies', 'revealed', IMAGES_ROOT]);
/** A board's `reactions`: the counts (and names) the server publishes from its reaction log. */
const BOARD_ROOTS: ReadonlySet<string> = new Set(['meta', DELETIONS_ROOT, 'voteTallies', REACTIONS_ROOT, IMAGES_ROOT]);

// A forged chain of references longer than any real document nests is not followed further.
const MAX_CLIMB = 10_000;

/**
 * Whether an update adds an item under one of `roots`, or deletes a live one there. Items whose
 * place cannot be found (they refer to what neither the document nor the update has) are not
 * counted: Yjs would keep them pending, and the sync path refuses such frames anyway.
 */
export function touchesRoots(doc: Y.Doc, update: DecodedUpdate, roots: ReadonlySet<string>): boolean {
  return touchedRoots(doc, update, roots, true).size > 0;
}

/**
 * Which of `roots` an update adds an item under or deletes a live one from (as `touchesRoots`):
 * one walk of the update answers several questions (auth/access.ts asks two). `first`: stop at
 * the first found.
 */
export function touchedRoots(
  doc: Y.Doc,
  { structs, ds }: DecodedUpdate,
  roots: ReadonlySet<string>,
  first = false,
): ReadonlySet<string> {
  const touched = new Set<string>();
  if (roots.size === 0) return touched;
  const locator = new RootLocator(doc, structs);
  const note = (root: string | undefined) => {
    if (root !== undefined && roots.has(root)) touched.add(root);
    return first && touched.size > 0;
  };
  for (const struct of structs) {
    if (!(struct instanceof Item)) continue;
    const known = struct.id.clock + struct.length <= knownClock(doc, struct.id.client);
    if (!known && note(locator.rootOf(struct))) return touched;
  }
  for (const [client, ranges] of ds.clients) {
    const stored = storedStructs(doc, client);
    const state = knownClock(doc, client);
    if (!stored) continue;
    for (const { clock, len } of ranges) {
      if (clock >= state) continue;
      for (let index = structIndexAt(stored, clock); index < stored.length; index += 1) {
        const struct = stored[index];
        if (!struct || struct.id.clock >= clock + len) break;
        if (struct instanceof Item && !struct.deleted && note(locator.rootOf(struct))) return touched;
      }
    }
  }
  return touched;
}

/** The root type an item of the document or of the update sits under, by name (memoised). */
class RootLocator {
  readonly #doc: Y.Doc;
  readonly #byClient = new Map<number, Struct[]>();
  readonly #roots = new Map<Item, string | undefined>();

  constructor(doc: Y.Doc, structs: readonly Struct[]) {
    this.#doc = doc;
    for (const struct of structs) {
      const list = this.#byClient.get(struct.id.client) ?? [];
      list.push(struct);
      this.#byClient.set(struct.id.client, list);
    }
    for (const list of this.#byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  }

  rootOf(start: Item): string | undefined {
    const path: Item[] = [];
    let item: Item | undefined = start;
    let root: string | undefined;
    while (item && path.length < MAX_CLIMB) {
      if (this.#roots.has(item)) {
        root = this.#roots.get(item);
        break;
      }
      path.push(item);
      const parent: unknown = item.parent;
      if (typeof parent === 'string') {
        root = parent;
        break;
      }
      if (parent instanceof Y.AbstractType && typeItem(parent) === null) {
        root = this.#rootName(parent);
        break;
      }
      item = this.#above(item, parent);
    }
    for (const visited of path) this.#roots.set(visited, root);
    return root;
  }

  /** The item whose type holds `item` (or, with no parent written, its neighbour: same parent). */
  #above(item: Item, parent: unknown): Item | undefined {
    let next: Struct | undefined;
    if (parent instanceof Y.AbstractType) next = typeItem(parent) ?? undefined;
    else if (parent instanceof ID) next = this.#find(parent);
    else {
      const neighbour = item.origin ?? item.rightOrigin;
      next = neighbour ? this.#find(neighbour) : undefined;
    }
    return next instanceof Item ? next : undefined;
  }

  #rootName(type: Y.AbstractType<unknown>): string | undefined {
    // A document has a dozen roots: a scan costs less than building a map for every update.
    for (const [name, root] of this.#doc.share) if (root === type) return name;
    return undefined;
  }

  #find(id: ID): Struct | undefined {
    const stored = storedStructs(this.#doc, id.client);
    if (stored && id.clock < knownClock(this.#doc, id.client)) return stored[structIndexAt(stored, id.clock)];
    const list = this.#byClient.get(id.client) ?? [];
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const struct = list[middle] as Struct;
      if (id.clock < struct.id.clock) high = middle - 1;
      else if (id.clock >= struct.id.clock + struct.length) low = middle + 1;
      else return struct;
    }
    return undefined;
  }
}
