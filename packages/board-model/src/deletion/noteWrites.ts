import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import { mayDeleteOnCommonTable } from './deleteRights.ts';

/**
 * Which writes to the common table's notes a participant may make (the server asks this for every
 * participant's update to the plenary, beside the vote check). Refused:
 *   foreign-delete  setting `deleted: true` on a note whose `createdBy` is not the writer, unless
 *                   the facilitator lets everyone delete (`mayDeleteOnCommonTable`)
 *   foreign-author  writing `createdBy` other than the writer's own, or onto a note that exists
 *   note-removal    removing or replacing the entry of a note not the writer's (no operation does
 *                   and nothing could restore it; an Undo of one's own new note removes its entry)
 *   unresolved      an item placed next to something neither the document nor the update has
 * Everything else (text edits, moves, colours, restores, stacks) goes. The decoding: a map entry that overwrites a key names only its predecessor, so an item's
 * container and key are found by climbing to a neighbour that names them.
 */
export type NoteWriteRefusal = 'foreign-delete' | 'foreign-author' | 'note-removal' | 'unresolved';
export type NoteWriteVerdict =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: NoteWriteRefusal };

/** An update as `Y.decodeUpdate` gives it: the server decodes once for all of its checks. */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

type Struct = Y.Item | Y.GC | Y.Skip;
type SharedType = Y.Doc['share'] extends Map<string, infer T> ? T : never;
/** Where an item sits: in the notes map (a note entry), in a note's map, elsewhere. */
type Container =
  | { readonly level: 'notes' | 'other' | 'gone' | 'unresolved' }
  | { readonly level: 'note'; readonly note: Y.Item };
type Located = { readonly container: Container; readonly key: string | null };

const NOTES: Container = { level: 'notes' };
const OTHER: Container = { level: 'other' };
const GONE: Container = { level: 'gone' };
const UNRESOLVED: Container = { level: 'unresolved' };

/** Throws on a malformed update, as `Y.applyUpdate` would. */
export function checkNoteWrites(
  doc: Y.Doc,
  update: Uint8Array | DecodedUpdate,
  writer: PersonId | undefined,
  anyoneDeletes: boolean,
): NoteWriteVerdict {
  const { structs, ds } = update instanceof Uint8Array ? Y.decodeUpdate(update) : update;
  const check = new NoteWriteCheck(doc, structs, writer, anyoneDeletes);
  const reason = check.insertions() ?? check.deletions(ds);
  return reason === undefined ? { allowed: true } : { allowed: false, reason };
}

class NoteWriteCheck {
  readonly #store: Y.Doc['store'];
  readonly #notesRoot: SharedType | undefined;
  readonly #writer: PersonId | undefined;
  readonly #anyoneDeletes: boolean;
  readonly #fresh: Y.Item[] = [];
  readonly #byClient = new Map<number, Struct[]>();
  readonly #located = new Map<Y.Item, Located>();
  readonly #climbing = new Set<Y.Item>();

  constructor(doc: Y.Doc, structs: readonly Struct[], writer: PersonId | undefined, anyoneDeletes: boolean) {
    this.#store = doc.store;
    this.#notesRoot = doc.share.get('notes');
    this.#writer = writer;
    this.#anyoneDeletes = anyoneDeletes;
    for (const struct of structs) {
      const list = this.#byClient.get(struct.id.client) ?? [];
      list.push(struct);
      this.#byClient.set(struct.id.client, list);
      if (struct instanceof Y.Item && !this.#known(struct)) this.#fresh.push(struct);
    }
    for (const list of this.#byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  }

  insertions(): NoteWriteRefusal | undefined {
    // Who wrote each note the update itself creates (checked to be the writer below).
    const authored = new Set<Y.Item>();
    for (const item of this.#fresh) {
      const { container, key } = this.#locate(item);
      if (container.level === 'note' && key === 'createdBy' && !this.#known(container.note))
        authored.add(container.note);
    }
    for (const item of this.#fresh) {
      const refusal = this.#checkInsertion(item, authored);
      if (refusal) return refusal;
    }
    return undefined;
  }

  #checkInsertion(item: Y.Item, authored: ReadonlySet<Y.Item>): NoteWriteRefusal | undefined {
    const { container, key } = this.#locate(item);
    if (container.level === 'unresolved') return 'unresolved';
    if (container.level === 'notes') {
      const replaced = key === null ? undefined : this.#notesRoot?._map.get(key);
      return replaced && !replaced.deleted && !this.#isOwn(replaced) ? 'note-removal' : undefined;
    }
    if (container.level !== 'note') return undefined;
    const values = item.content.getContent();
    if (key === 'createdBy') {
      const own = this.#writer !== undefined && values.every((value) => value === this.#writer);
      return this.#known(container.note) || !own ? 'foreign-author' : undefined;
    }
    if (key !== 'deleted' || !values.includes(true)) return undefined;
    const owner = this.#known(container.note)
      ? liveValue(container.note, 'createdBy')
      : authored.has(container.note)
        ? this.#writer
        : undefined;
    return mayDeleteOnCommonTable(typeof owner === 'string' ? owner : undefined, this.#writer, this.#anyoneDeletes)
      ? undefined
      : 'foreign-delete';
  }

  /** The first refused deletion: a live note entry, or ids nobody has. */
  deletions(ds: DecodedUpdate['ds']): NoteWriteRefusal | undefined {
    for (const [client, ranges] of ds.clients) {
      const state = Y.getState(this.#store, client);
      const structs = this.#store.clients.get(client);
      for (const { clock, len } of ranges) {
        if (structs && clock < state && this.#removesNote(structs, clock, Math.min(clock + len, state))) {
          return 'note-removal';
        }
        if (clock + len > state && !this.#updateCovers(client, Math.max(clock, state), clock + len))
          return 'unresolved';
      }
    }
    return undefined;
  }

  #removesNote(structs: readonly Struct[], start: number, end: number): boolean {
    for (let index = Y.findIndexSS(structs as Struct[], start); index < structs.length; index += 1) {
      const struct = structs[index];
      if (!struct || struct.id.clock >= end) break;
      if (!(struct instanceof Y.Item) || struct.deleted || this.#isOwn(struct)) continue;
      if (this.#locate(struct).container.level === 'notes') return true;
    }
    return false;
  }

  /** A note entry of the document that the writer wrote. */
  #isOwn(noteItem: Y.Item): boolean {
    return this.#writer !== undefined && liveValue(noteItem, 'createdBy') === this.#writer;
  }

  /** Already wholly in the document. */
  #known(item: Y.Item): boolean {
    return item.id.clock + item.length <= Y.getState(this.#store, item.id.client);
  }

  #updateCovers(client: number, from: number, to: number): boolean {
    const list = this.#byClient.get(client) ?? [];
    let at = from;
    for (const struct of list) {
      if (struct.id.clock + struct.length <= at) continue;
      if (struct instanceof Y.Skip || struct.id.clock > at) return false;
      at = struct.id.clock + struct.length;
      if (at >= to) return true;
    }
    return at >= to;
  }

  #locate(item: Y.Item): Located {
    const known = this.#located.get(item);
    if (known) return known;
    if (this.#climbing.has(item)) return { container: UNRESOLVED, key: null };
    this.#climbing.add(item);
    const located = this.#locateOnce(item);
    this.#climbing.delete(item);
    this.#located.set(item, located);
    return located;
  }

  #locateOnce(item: Y.Item): Located {
    const parent: unknown = item.parent;
    const key = item.parentSub;
    if (parent instanceof Y.AbstractType) {
      if (parent === this.#notesRoot) return { container: NOTES, key };
      return { container: parent._item ? this.#inside(parent._item) : OTHER, key };
    }
    if (typeof parent === 'string') return { container: parent === 'notes' ? NOTES : OTHER, key };
    if (parent instanceof Y.ID) return { container: this.#inside(this.#find(parent)), key };
    // No parent written: Yjs takes the origin's (else the right origin's) parent and key.
    const neighbour = item.origin ?? item.rightOrigin;
    const found = neighbour ? this.#find(neighbour) : undefined;
    if (found instanceof Y.Item) return this.#locate(found);
    return { container: found instanceof Y.GC ? GONE : UNRESOLVED, key: null };
  }

  /** Where the children of the type an item holds are: a note's fields when the item is a note entry. */
  #inside(typeItem: Y.Item | Y.GC | undefined): Container {
    if (typeItem instanceof Y.GC) return GONE;
    if (!(typeItem instanceof Y.Item) || !(typeItem.content instanceof Y.ContentType)) return UNRESOLVED;
    const { container } = this.#locate(typeItem);
    if (container.level === 'notes') return { level: 'note', note: typeItem };
    return container.level === 'gone' || container.level === 'unresolved' ? container : OTHER;
  }

  #find(id: Y.ID): Y.Item | Y.GC | undefined {
    const structs = this.#store.clients.get(id.client);
    if (structs && id.clock < Y.getState(this.#store, id.client)) return structs[Y.findIndexSS(structs, id.clock)];
    const struct = (this.#byClient.get(id.client) ?? []).find(
      (candidate) => candidate.id.clock <= id.clock && id.clock < candidate.id.clock + candidate.length,
    );
    return struct instanceof Y.Skip ? undefined : struct;
  }
}

/** A live field of a note entry of the document. */
function liveValue(noteItem: Y.Item, key: string): unknown {
  if (!(noteItem.content instanceof Y.ContentType)) return undefined;
  const item = noteItem.content.type._map.get(key);
  return item && !item.deleted ? item.content.getContent()[item.length - 1] : undefined;
}
