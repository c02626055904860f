import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import { validateNoteText } from '../validation.ts';
import {
  type DecodedUpdate,
  entryItem,
  ID,
  Item,
  knownClock,
  Skip,
  type Struct,
  storedStructs,
  structIndexAt,
  typeItem,
} from '../yjsInternals.ts';
import { asCommentEntry, COMMENTS_ROOT, type CommentEntry } from './commentSchema.ts';

/**
 * Which writes to a board's comments a participant may make (the server asks this for every
 * participant's update to any board). Each comment is one plain value, so every write is a whole
 * entry, checked in full. Refused:
 *   foreign-comment    an entry whose `createdBy` is not the writer, or one replacing or removing
 *                      an entry another person wrote (edit and delete are one's own; the
 *                      facilitator, whose writes are not inspected, may delete any)
 *   malformed-comment  an entry that is not a well-formed comment (text over 500 characters, a
 *                      control character, unknown fields), one changing its note or creation
 *                      time, or anything written inside an entry
 * Map entries that overwrite a key name only their predecessor, so an item's key is found by
 * climbing to the neighbour that names it, in the document or in the update (as boardWrites.ts).
 */
export type CommentWriteRefusal = 'foreign-comment' | 'malformed-comment';
export type CommentWriteVerdict =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: CommentWriteRefusal };

const ALLOWED: CommentWriteVerdict = { allowed: true };

type Place = { readonly at: 'entry'; readonly key: string } | { readonly at: 'inside' | 'elsewhere' };
const ELSEWHERE: Place = { at: 'elsewhere' };
const INSIDE: Place = { at: 'inside' };

export function checkCommentWrites(
  doc: Y.Doc,
  update: DecodedUpdate,
  writer: PersonId | undefined,
): CommentWriteVerdict {
  const root = doc.share.get(COMMENTS_ROOT);
  const find = finder(doc, update.structs);
  const place = placer(root, find);
  for (const struct of update.structs) {
    if (!(struct instanceof Item) || isKnown(doc, struct)) continue;
    const at = place(struct);
    if (at.at === 'inside') return refused('malformed-comment');
    if (at.at !== 'entry') continue;
    const reason = checkEntry(struct, root ? entryItem(root, at.key) : undefined, writer);
    if (reason) return refused(reason);
  }
  return root ? checkRemovals(doc, update.ds, root, writer) : ALLOWED;
}

function refused(reason: CommentWriteRefusal): CommentWriteVerdict {
  return { allowed: false, reason };
}

/**
 * A new value for a comment's key: replacing only the writer's own, and well-formed and theirs.
 * A value overwritten in the same update arrives without content (Yjs drops it): it carries
 * nothing to check, but integrating it still replaces the stored entry.
 */
function checkEntry(
  item: Item,
  previous: Item | undefined,
  writer: PersonId | undefined,
): CommentWriteRefusal | undefined {
  const before = previous && !previous.deleted ? entryOf(previous) : undefined;
  if (before && (writer === undefined || before.createdBy !== writer)) return 'foreign-comment';
  const values = item.content.getContent();
  if (values.length === 0) return undefined;
  const entry = values.length === 1 ? asCommentEntry(values[0]) : undefined;
  if (!entry || (!entry.deleted && !validateNoteText(entry.text).ok)) return 'malformed-comment';
  if (writer === undefined || entry.createdBy !== writer) return 'foreign-comment';
  if (!before) return undefined;
  return before.noteId === entry.noteId && before.createdAt === entry.createdAt ? undefined : 'malformed-comment';
}

/** Deleting a stored comment entry (not by replacing it with one's own) only of one's own. */
function checkRemovals(
  doc: Y.Doc,
  ds: DecodedUpdate['ds'],
  root: SharedType,
  writer: PersonId | undefined,
): CommentWriteVerdict {
  for (const [client, ranges] of ds.clients) {
    const structs = storedStructs(doc, client);
    const state = knownClock(doc, client);
    if (!structs) continue;
    for (const { clock, len } of ranges) {
      const end = Math.min(clock + len, state);
      for (
        let index = clock < state ? structIndexAt(structs, clock) : structs.length;
        index < structs.length;
        index++
      ) {
        const struct = structs[index];
        if (!struct || struct.id.clock >= end) break;
        if (!(struct instanceof Item) || struct.deleted || (struct.parent as unknown) !== root) continue;
        if (writer === undefined || entryOf(struct)?.createdBy !== writer) return refused('foreign-comment');
      }
    }
  }
  return ALLOWED;
}

function entryOf(item: Item): CommentEntry | undefined {
  const values = item.content.getContent();
  return asCommentEntry(values[values.length - 1]);
}

type Find = (id: ID) => Item | undefined;
type SharedType = Y.Doc['share'] extends Map<string, infer T> ? T : never;

/**
 * Where items sit: a comment entry (its key), inside one, or elsewhere. Climbs iteratively and
 * remembers every item on the way, so a long chain of overwrites costs one climb, not one each.
 */
function placer(root: SharedType | undefined, find: Find): (item: Item) => Place {
  const known = new Map<Item, Place>();
  const placing = new Set<Item>();
  const place = (item: Item): Place => {
    // A forged update may name an item as its own parent: no place.
    if (placing.has(item)) return ELSEWHERE;
    placing.add(item);
    const chain: Item[] = [];
    const seen = new Set<Item>();
    let found: Place | undefined;
    for (let current: Item | undefined = item; found === undefined; ) {
      if (!current || seen.has(current)) found = ELSEWHERE;
      else {
        found = known.get(current) ?? ownPlace(current, root, find, place);
        if (found === undefined) {
          seen.add(current);
          chain.push(current);
          const neighbour: ID | null = current.origin ?? current.rightOrigin;
          current = neighbour ? find(neighbour) : undefined;
        }
      }
    }
    for (const climbed of chain) known.set(climbed, found);
    known.set(item, found);
    placing.delete(item);
    return found;
  };
  return place;
}

/** An item's place when it names its parent; undefined when it names only a neighbour. */
function ownPlace(
  item: Item,
  root: SharedType | undefined,
  find: Find,
  place: (item: Item) => Place,
): Place | undefined {
  const parent: unknown = item.parent;
  const key = item.parentSub;
  if (parent === COMMENTS_ROOT || (root !== undefined && parent === root)) {
    return key === null ? INSIDE : { at: 'entry', key };
  }
  if (parent === null) return undefined;
  const above = parent instanceof Y.AbstractType ? typeItem(parent) : parent instanceof ID ? find(parent) : undefined;
  // A type is held by at most one item: the climb through holders ends at a root.
  return above && place(above).at !== 'elsewhere' ? INSIDE : ELSEWHERE;
}

function isKnown(doc: Y.Doc, item: Item): boolean {
  return item.id.clock + item.length <= knownClock(doc, item.id.client);
}

/** Finds an item by id in the document, else in the update (indexed: an update may hold thousands). */
function finder(doc: Y.Doc, structs: readonly Struct[]): Find {
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
