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

type SharedType = Y.Doc['share'] extends Map<string, infer T> ? T : never;
/** Where an item sits: in the notes map (a note entry), in a note's map, elsewhere. */
type Container =
  | { readonly level: 'notes' | 'other' | 'gone' | 'unresolved' }
  | { readonly level: 'note'; readonly note: Item };
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
  const { structs, ds } = update instanceof Uint8Array ? decodeUpdate(update) : update;
  const check = new NoteWriteCheck(doc, structs, writer, anyoneDeletes);
  const reason = check.insertions() ?? check.deletions(ds);
  return reason === undefined ? { allowed: true } : { allowed: false, reason };
}

class NoteWriteCheck {
  readonly #doc: Y.Doc;
  readonly #notesRoot: SharedType | undefined;
  readonly #writer: PersonId | undefined;
  readonly #anyoneDeletes: boolean;
  readonly #fresh: Item[] = [];
  readonly #byClient = new Map<number, Struct[]>();
  readonly #located = new Map<Item, Located>();
  readonly #climbing = new Set<Item>();

  constructor(doc: Y.Doc, structs: readonly Struct[], writer: PersonId | undefined, anyoneDeletes: boolean) {
    this.#doc = doc;
    this.#notesRoot = doc.share.get('notes');
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

  insertions(): NoteWriteRefusal | undefined {
    // Who wrote each note the update itself creates (checked to be the writer below).
    const authored = new Set<Item>();
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

  #checkInsertion(item: Item, authored: ReadonlySet<Item>): NoteWriteRefusal | undefined {
    const { container, key } = this.#locate(item);
    if (container.level === 'unresolved') return 'unresolved';
    if (container.level === 'notes') {
      const replaced = key === null ? undefined : this.#notesRoot ? entryItem(this.#notesRoot, key) : undefined;
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
      const state = knownClock(this.#doc, client);
      const structs = storedStructs(this.#doc, client);
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
    for (let index = structIndexAt(structs as Struct[], start); index < structs.length; index += 1) {
      const struct = structs[index];
      if (!struct || struct.id.clock >= end) break;
      if (!(struct instanceof Item) || struct.deleted || this.#isOwn(struct)) continue;
      if (this.#locate(struct).container.level === 'notes') return true;
    }
    return false;
  }

  /** A note entry of the document that the writer wrote. */
  #isOwn(noteItem: Item): boolean {
    return this.#writer !== undefined && liveValue(noteItem, 'createdBy') === this.#writer;
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
      if (parent === this.#notesRoot) return { container: NOTES, key };
      const above = typeItem(parent);
      return { container: above ? this.#inside(above) : OTHER, key };
    }
    if (typeof parent === 'string') return { container: parent === 'notes' ? NOTES : OTHER, key };
    if (parent instanceof ID) return { container: this.#inside(this.#find(parent)), key };
    // No parent written: Yjs takes the origin's (else the right origin's) parent and key.
    const neighbour = item.origin ?? item.rightOrigin;
    const found = neighbour ? this.#find(neighbour) : undefined;
    if (found instanceof Item) return this.#locate(found);
    return { container: found instanceof GC ? GONE : UNRESOLVED, key: null };
  }

  /** Where the children of the type an item holds are: a note's fields when the item is a note entry. */
  #inside(typeItem: Item | GC | undefined): Container {
    if (typeItem instanceof GC) return GONE;
    if (!(typeItem instanceof Item) || !(typeItem.content instanceof ContentType)) return UNRESOLVED;
    const { container } = this.#locate(typeItem);
    if (container.level === 'notes') return { level: 'note', note: typeItem };
    return container.level === 'gone' || container.level === 'unresolved' ? container : OTHER;
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

/** A live field of a note entry of the document. */
function liveValue(noteItem: Item, key: string): unknown {
  if (!(noteItem.content instanceof ContentType)) return undefined;
  const item = entryItem(noteItem.content.type, key);
  return item && !item.deleted ? item.content.getContent()[item.length - 1] : undefined;
}
