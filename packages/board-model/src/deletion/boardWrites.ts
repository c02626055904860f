import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import {
  ContentType,
  type DecodedUpdate,
  decodeUpdate,
  entryItem,
  GC,
  ID,
  Item,
  knownClock,
  Skip,
  type Struct,
  storedStructs,
  structIndexAt,
  typeItem,
} from '../yjsInternals.ts';
import { mayDeleteOnCommonTable } from './deleteRights.ts';

/**
 * Which writes to the common table's notes and service paths a participant may make (the server
 * asks this for every participant's update to the plenary, beside the vote check). A path is an
 * entry as a note is: the same rules, read for both roots. Refused:
 *   foreign-delete  setting `deleted: true` on a note or path whose `createdBy` is not the
 *                   writer, unless the facilitator lets everyone delete (`mayDeleteOnCommonTable`)
 *   foreign-author  writing `createdBy` other than the writer's own, or onto an entry that exists
 *                   (a step's `createdBy` too)
 *   note-removal    removing or replacing the entry of a note not the writer's (no operation does
 *                   and nothing could restore it; an Undo of one's own new note removes its entry)
 *   path-removal    the same for a path, and for a step entry (unless the writer added the step
 *                   or the path is theirs) or the steps of a path not the writer's (steps are
 *                   removed by `removed: true`)
 *   unresolved      an item placed next to something neither the document nor the update has
 * Everything else (text edits, moves, colours, restores, stacks, steps) goes. The decoding: a map
 * entry that overwrites a key names only its predecessor, so an item's container and key are
 * found by climbing to a neighbour that names them.
 */
export type BoardWriteRefusal = 'foreign-delete' | 'foreign-author' | 'note-removal' | 'path-removal' | 'unresolved';
export type BoardWriteVerdict =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: BoardWriteRefusal };

type SharedType = Y.Doc['share'] extends Map<string, infer T> ? T : never;
/** The roots whose entries the rules guard. */
type Root = 'notes' | 'paths';
/**
 * Where an item sits: a root's entry (a note, a path), a field of such an entry, a path's step
 * entry, inside a step, elsewhere.
 */
type Container =
  | { readonly level: 'other' | 'gone' | 'unresolved' }
  | { readonly level: 'root'; readonly root: Root }
  | { readonly level: 'entry'; readonly root: Root; readonly entry: Item }
  | { readonly level: 'field'; readonly root: Root; readonly entry: Item }
  | { readonly level: 'steps'; readonly path: Item }
  | { readonly level: 'step'; readonly path: Item; readonly step: Item };
type Located = { readonly container: Container; readonly key: string | null };

const ROOTS: Readonly<Record<Root, Container>> = {
  notes: { level: 'root', root: 'notes' },
  paths: { level: 'root', root: 'paths' },
};
const REMOVAL: Readonly<Record<Root, BoardWriteRefusal>> = { notes: 'note-removal', paths: 'path-removal' };
const OTHER: Container = { level: 'other' };
const GONE: Container = { level: 'gone' };
const UNRESOLVED: Container = { level: 'unresolved' };

/** Throws on a malformed update, as `Y.applyUpdate` would. */
export function checkBoardWrites(
  doc: Y.Doc,
  update: Uint8Array | DecodedUpdate,
  writer: PersonId | undefined,
  anyoneDeletes: boolean,
): BoardWriteVerdict {
  const { structs, ds } = update instanceof Uint8Array ? decodeUpdate(update) : update;
  const check = new BoardWriteCheck(doc, structs, writer, anyoneDeletes);
  const reason = check.insertions() ?? check.deletions(ds);
  return reason === undefined ? { allowed: true } : { allowed: false, reason };
}

/**
 * The `createdBy` of each note the document has that an update writes into (a field, its text),
 * replaces or deletes from: notes the update itself creates are not named. Throws on a malformed
 * update. Used by the board modes' "own notes only" (modes/boardModeWrites.ts).
 */
export function authorsOfNotesWritten(doc: Y.Doc, update: Uint8Array | DecodedUpdate): ReadonlySet<unknown> {
  const { structs, ds } = update instanceof Uint8Array ? decodeUpdate(update) : update;
  return new BoardWriteCheck(doc, structs, undefined, false).notesWritten(ds);
}

class BoardWriteCheck {
  readonly #doc: Y.Doc;
  readonly #roots: ReadonlyMap<SharedType, Root>;
  readonly #writer: PersonId | undefined;
  readonly #anyoneDeletes: boolean;
  readonly #fresh: Item[] = [];
  readonly #byClient = new Map<number, Struct[]>();
  readonly #located = new Map<Item, Located>();
  readonly #climbing = new Set<Item>();

  constructor(doc: Y.Doc, structs: readonly Struct[], writer: PersonId | undefined, anyoneDeletes: boolean) {
    this.#doc = doc;
    const roots = new Map<SharedType, Root>();
    for (const root of ['notes', 'paths'] as const) {
      const type = doc.share.get(root);
      if (type) roots.set(type, root);
    }
    this.#roots = roots;
    this.#writer = writer;
    this.#anyoneDeletes = anyoneDeletes;
    for (const struct of structs) {
      const list = this.#byClient.get(struct.id.client) ?? [];
      list.push(struct);
      this.#byClient.set(struct.id.client, list);
      if (struct instanceof Item && !this.#known(struct)) this.#fresh.push(struct);
    }
    for (const list of this.#byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  }

  insertions(): BoardWriteRefusal | undefined {
    // Who wrote each note or path the update itself creates (checked to be the writer below).
    const authored = new Set<Item>();
    for (const item of this.#fresh) {
      const { container, key } = this.#locate(item);
      if (container.level === 'entry' && key === 'createdBy' && !this.#known(container.entry))
        authored.add(container.entry);
    }
    for (const item of this.#fresh) {
      const refusal = this.#checkInsertion(item, authored);
      if (refusal) return refusal;
    }
    return undefined;
  }

  #checkInsertion(item: Item, authored: ReadonlySet<Item>): BoardWriteRefusal | undefined {
    const { container, key } = this.#locate(item);
    switch (container.level) {
      case 'unresolved':
        return 'unresolved';
      case 'root': {
        const replaced = key === null ? undefined : this.#rootEntry(container.root, key);
        return replaced && !replaced.deleted && !this.#isOwn(replaced) ? REMOVAL[container.root] : undefined;
      }
      case 'steps': {
        const steps = liveValue(container.path, 'steps');
        const replaced = key === null || !(steps instanceof Y.AbstractType) ? undefined : entryItem(steps, key);
        return replaced && !replaced.deleted && !this.#mayRemoveStep(container.path, replaced)
          ? 'path-removal'
          : undefined;
      }
      case 'step':
        return key === 'createdBy' ? this.#checkAuthor(container.step, item) : undefined;
      case 'entry':
        return this.#checkField(container, key, item, authored);
      default:
        return undefined;
    }
  }

  /** A field of a note or a path: its author, its deletion, a path's steps. */
  #checkField(
    { root, entry }: { readonly root: Root; readonly entry: Item },
    key: string | null,
    item: Item,
    authored: ReadonlySet<Item>,
  ): BoardWriteRefusal | undefined {
    if (key === 'createdBy') return this.#checkAuthor(entry, item);
    const values = item.content.getContent();
    if (root === 'paths' && key === 'steps' && this.#replacesLive(entry, key)) {
      return this.#isOwn(entry) ? undefined : 'path-removal';
    }
    if (key !== 'deleted' || !values.includes(true)) return undefined;
    const owner = this.#known(entry) ? liveValue(entry, 'createdBy') : authored.has(entry) ? this.#writer : undefined;
    return mayDeleteOnCommonTable(typeof owner === 'string' ? owner : undefined, this.#writer, this.#anyoneDeletes)
      ? undefined
      : 'foreign-delete';
  }

  /** `createdBy` is written once, when its entry (a note, a path, a step) is created, as the writer. */
  #checkAuthor(entry: Item, item: Item): BoardWriteRefusal | undefined {
    const own = this.#writer !== undefined && item.content.getContent().every((value) => value === this.#writer);
    return this.#known(entry) || !own ? 'foreign-author' : undefined;
  }

  /** A step's entry may go only in the writer's own path, or if they added it: an Undo of theirs. */
  #mayRemoveStep(path: Item, step: Item): boolean {
    return this.#isOwn(path) || this.#isOwn(step);
  }

  #replacesLive(entry: Item, key: string): boolean {
    if (!(entry.content instanceof ContentType)) return false;
    const replaced = entryItem(entry.content.type, key);
    return replaced !== undefined && !replaced.deleted;
  }

  #rootEntry(root: Root, key: string): Item | undefined {
    const type = this.#doc.share.get(root);
    return type ? entryItem(type, key) : undefined;
  }

  notesWritten(ds: DecodedUpdate['ds']): ReadonlySet<unknown> {
    const entries = new Set<Item>();
    const add = (item: Item) => {
      const { container, key } = this.#locate(item);
      if (container.level === 'root' && container.root === 'notes') {
        const replaced = key === null ? undefined : this.#rootEntry('notes', key);
        if (replaced && this.#known(replaced)) entries.add(replaced);
        if (this.#known(item)) entries.add(item);
      }
      const inNote = (container.level === 'entry' || container.level === 'field') && container.root === 'notes';
      if (inNote && this.#known(container.entry)) entries.add(container.entry);
    };
    for (const item of this.#fresh) add(item);
    for (const [client, ranges] of ds.clients) {
      const structs = storedStructs(this.#doc, client);
      const state = knownClock(this.#doc, client);
      for (const { clock, len } of ranges) {
        if (!structs || clock >= state) continue;
        for (let index = structIndexAt(structs, clock); index < structs.length; index += 1) {
          const struct = structs[index];
          if (!struct || struct.id.clock >= Math.min(clock + len, state)) break;
          if (struct instanceof Item && !struct.deleted) add(struct);
        }
      }
    }
    return new Set([...entries].map((entry) => liveValue(entry, 'createdBy')));
  }

  /** The first refused deletion: a live note entry, or ids nobody has. */
  deletions(ds: DecodedUpdate['ds']): BoardWriteRefusal | undefined {
    for (const [client, ranges] of ds.clients) {
      const state = knownClock(this.#doc, client);
      const structs = storedStructs(this.#doc, client);
      for (const { clock, len } of ranges) {
        const removal =
          structs && clock < state ? this.#removal(structs, clock, Math.min(clock + len, state)) : undefined;
        if (removal) return removal;
        if (clock + len > state && !this.#updateCovers(client, Math.max(clock, state), clock + len))
          return 'unresolved';
      }
    }
    return undefined;
  }

  /** Whether deleting these stored items removes an entry (or a path's steps) not the writer's. */
  #removal(structs: readonly Struct[], start: number, end: number): BoardWriteRefusal | undefined {
    for (let index = structIndexAt(structs as Struct[], start); index < structs.length; index += 1) {
      const struct = structs[index];
      if (!struct || struct.id.clock >= end) break;
      if (!(struct instanceof Item) || struct.deleted) continue;
      const { container, key } = this.#locate(struct);
      if (container.level === 'root' && !this.#isOwn(struct)) return REMOVAL[container.root];
      if (container.level === 'steps' && !this.#mayRemoveStep(container.path, struct)) return 'path-removal';
      const allSteps = container.level === 'entry' && container.root === 'paths' && key === 'steps';
      if (allSteps && !this.#isOwn(container.entry)) return 'path-removal';
    }
    return undefined;
  }

  /** A note, path or step entry of the document that the writer wrote. */
  #isOwn(entry: Item): boolean {
    return this.#writer !== undefined && liveValue(entry, 'createdBy') === this.#writer;
  }

  /** Already wholly in the document. */
  #known(item: Item): boolean {
    return item.id.clock + item.length <= knownClock(this.#doc, item.id.client);
  }

  #updateCovers(client: number, from: number, to: number): boolean {
    const list = this.#byClient.get(client) ?? [];
    let at = from;
    for (const struct of list) {
      if (struct.id.clock + struct.length <= at) continue;
      if (struct instanceof Skip || struct.id.clock > at) return false;
      at = struct.id.clock + struct.length;
      if (at >= to) return true;
    }
    return at >= to;
  }

  #locate(item: Item): Located {
    const known = this.#located.get(item);
    if (known) return known;
    if (this.#climbing.has(item)) return { container: UNRESOLVED, key: null };
    this.#climbing.add(item);
    const located = this.#locateOnce(item);
    this.#climbing.delete(item);
    this.#located.set(item, located);
    return located;
  }

  #locateOnce(item: Item): Located {
    const parent: unknown = item.parent;
    const key = item.parentSub;
    if (parent instanceof Y.AbstractType) {
      const root = this.#roots.get(parent as SharedType);
      if (root) return { container: ROOTS[root], key };
      const above = typeItem(parent);
      return { container: above ? this.#inside(above) : OTHER, key };
    }
    if (typeof parent === 'string') {
      return { container: parent === 'notes' || parent === 'paths' ? ROOTS[parent] : OTHER, key };
    }
    if (parent instanceof ID) return { container: this.#inside(this.#find(parent)), key };
    // No parent written: Yjs takes the origin's (else the right origin's) parent and key.
    const neighbour = item.origin ?? item.rightOrigin;
    const found = neighbour ? this.#find(neighbour) : undefined;
    if (found instanceof Item) return this.#locate(found);
    return { container: found instanceof GC ? GONE : UNRESOLVED, key: null };
  }

  /**
   * Where the children of the type an item holds are: a note's or a path's fields when the item is
   * an entry, a path's step entries when it is the path's `steps`, a step's fields below that.
   */
  #inside(typeItem: Item | GC | undefined): Container {
    if (typeItem instanceof GC) return GONE;
    if (!(typeItem instanceof Item) || !(typeItem.content instanceof ContentType)) return UNRESOLVED;
    const { container, key } = this.#locate(typeItem);
    switch (container.level) {
      case 'root':
        return { level: 'entry', root: container.root, entry: typeItem };
      case 'entry':
        if (container.root === 'paths' && key === 'steps') return { level: 'steps', path: container.entry };
        return { level: 'field', root: container.root, entry: container.entry };
      case 'field':
        return container;
      case 'steps':
        return { level: 'step', path: container.path, step: typeItem };
      case 'gone':
      case 'unresolved':
        return container;
      default:
        return OTHER;
    }
  }

  #find(id: ID): Item | GC | undefined {
    const structs = storedStructs(this.#doc, id.client);
    if (structs && id.clock < knownClock(this.#doc, id.client)) return structs[structIndexAt(structs, id.clock)];
    const struct = (this.#byClient.get(id.client) ?? []).find(
      (candidate) => candidate.id.clock <= id.clock && id.clock < candidate.id.clock + candidate.length,
    );
    return struct instanceof Skip ? undefined : struct;
  }
}

/** A live field of a note, path or step entry of the document. */
function liveValue(entry: Item, key: string): unknown {
  if (!(entry.content instanceof ContentType)) return undefined;
  const item = entryItem(entry.content.type, key);
  return item && !item.deleted ? item.content.getContent()[item.length - 1] : undefined;
}
