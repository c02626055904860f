import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import { isNoteId } from '../ids.ts';
import { isDotsPerPerson, slotKey } from './vote.ts';

/**
 * Which writes into the common table's `votes` a participant may make (the server asks this for
 * every participant's update to the plenary; the facilitator's are not checked). Outside `votes`
 * anything goes; inside, only the writer's own slots `<person>:<slot>` (0 <= slot < N) of a vote
 * that exists, set to a note id or null, or deleted. Opening, closing, changing a vote's fields,
 * another person's slot, a slot out of range, other values, nested types: refused.
 *
 * A slot of a closed vote stays writable: a dot placed on a peer that had not yet seen the close
 * arrives after it, and refusing that update would hold back every later write of that client
 * (and its browser's stored copy would resend it on every reconnect). Closing froze the results,
 * so such a late dot changes nothing anyone reads (see vote.ts).
 *
 * Conservative where Yjs would keep something for later: an update whose item refers to an item
 * neither the document nor the update has, or that deletes ids the document does not have yet,
 * is refused ('unresolved'), because once the missing piece arrived the kept part would be
 * applied unchecked, possibly into someone else's slot. An honest client only refers to what the
 * server has or sends with it; on a reconnect its sync step 2 sends everything at once.
 *
 * Cost: one decode, one store lookup per new item and per deleted range, memoised climbs to the
 * root. Items the document already has are no-ops and skipped; so are deletions of what is
 * already deleted (a sync step 2 carries the client's whole delete set).
 */
export type VoteWriteRefusal =
  | 'vote-structure'
  | 'foreign-slot'
  | 'slot-out-of-range'
  | 'unknown-vote'
  | 'invalid-dot'
  | 'unresolved';

export type VoteWriteVerdict =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: VoteWriteRefusal };

/** An update as `Y.decodeUpdate` gives it: the server decodes once for all of its checks. */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/** Throws on a malformed update, as `Y.applyUpdate` would. */
export function checkVoteWrites(
  doc: Y.Doc,
  update: Uint8Array | DecodedUpdate,
  writer: PersonId | undefined,
): VoteWriteVerdict {
  const { structs, ds } = update instanceof Uint8Array ? Y.decodeUpdate(update) : update;
  const check = new VoteWriteCheck(doc, structs, writer);
  const reason = check.insertions() ?? check.deletions(ds);
  return reason === undefined ? { allowed: true } : { allowed: false, reason };
}

type Struct = Y.Item | Y.GC | Y.Skip;
type SharedType = Y.Doc['share'] extends Map<string, infer T> ? T : never;
type Content = Y.Item['content'];
type DeleteSet = DecodedUpdate['ds'];

/** Where an item sits, seen from the votes (vote.ts's levels); `gone` Yjs collects on arrival. */
type Place =
  | { readonly level: 'outside' | 'gone' | 'unresolved' | 'votes' | 'deep' }
  | { readonly level: 'vote'; readonly vote: Y.Item }
  | { readonly level: 'dots'; readonly vote: Y.Item; readonly dots: Y.Item };
/** An item's container and its key there (`parentSub`). */
type Located = { readonly place: Place; readonly key: string | null };

const OUTSIDE: Place = { level: 'outside' };
const GONE: Place = { level: 'gone' };
const UNRESOLVED: Place = { level: 'unresolved' };
const DEEP: Place = { level: 'deep' };

class VoteWriteCheck {
  readonly #store: Y.Doc['store'];
  readonly #votesRoot: SharedType | undefined;
  readonly #writer: PersonId | undefined;
  readonly #structs: readonly Struct[];
  /** The update's structs by client, in clock order. */
  readonly #byClient = new Map<number, Struct[]>();
  readonly #located = new Map<Y.Item, Located>();
  readonly #climbing = new Set<Y.Item>();

  constructor(doc: Y.Doc, structs: readonly Struct[], writer: PersonId | undefined) {
    this.#store = doc.store;
    this.#votesRoot = doc.share.get('votes');
    this.#writer = writer;
    this.#structs = structs;
    for (const struct of structs) {
      const list = this.#byClient.get(struct.id.client) ?? [];
      list.push(struct);
      this.#byClient.set(struct.id.client, list);
    }
    for (const list of this.#byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  }

  /** The first refused new item of the update, if any. */
  insertions(): VoteWriteRefusal | undefined {
    for (const struct of this.#structs) {
      if (!(struct instanceof Y.Item) || this.#known(struct)) continue;
      const refusal = this.#checkItem(struct, struct.content);
      if (refusal) return refusal;
    }
    return undefined;
  }

  /** The first refused deletion: of a live item under the votes, or of ids nobody has. */
  deletions(ds: DeleteSet): VoteWriteRefusal | undefined {
    for (const [client, ranges] of ds.clients) {
      for (const { clock, len } of ranges) {
        const refusal = this.#checkDeletedRange(client, clock, clock + len);
        if (refusal) return refusal;
      }
    }
    return undefined;
  }

  /** Already wholly in the document: applying it again changes nothing. */
  #known(item: Y.Item): boolean {
    return item.id.clock + item.length <= Y.getState(this.#store, item.id.client);
  }

  #checkDeletedRange(client: number, start: number, end: number): VoteWriteRefusal | undefined {
    const state = Y.getState(this.#store, client);
    const structs = this.#store.clients.get(client);
    if (start < state && structs) {
      for (let index = Y.findIndexSS(structs, start); index < structs.length; index += 1) {
        const struct = structs[index];
        if (!struct || struct.id.clock >= Math.min(end, state)) break;
        if (!(struct instanceof Y.Item) || struct.deleted) continue;
        const refusal = this.#checkItem(struct, null);
        if (refusal) return refusal;
      }
    }
    // Ids beyond the document must be new items of this update, checked as insertions.
    return end > state && !this.#updateCovers(client, Math.max(start, state), end) ? 'unresolved' : undefined;
  }

  #updateCovers(client: number, from: number, to: number): boolean {
    const list = this.#byClient.get(client) ?? [];
    let at = from;
    for (let index = indexHolding(list, from); index >= 0 && index < list.length && at < to; index += 1) {
      const struct = list[index] as Struct;
      if (struct instanceof Y.Skip || struct.id.clock > at) return false;
      at = Math.max(at, struct.id.clock + struct.length);
    }
    return at >= to;
  }

  /** A new item (with its content) or a deleted one (content null). */
  #checkItem(item: Y.Item, content: Content | null): VoteWriteRefusal | undefined {
    const { place, key } = this.#locate(item);
    switch (place.level) {
      case 'outside':
      case 'gone':
        return undefined;
      case 'unresolved':
        return 'unresolved';
      case 'dots':
        return this.#checkSlot(place, key, content);
      default:
        return 'vote-structure';
    }
  }

  #checkSlot(place: Extract<Place, { level: 'dots' }>, key: string | null, content: Content | null) {
    const limit = this.#liveLimit(place.vote, place.dots);
    if (limit === undefined) return 'unknown-vote';
    const writer = this.#writer;
    if (writer === undefined || key === null || !key.startsWith(`${writer}:`)) return 'foreign-slot';
    const slot = Number(key.slice(writer.length + 1));
    // Canonical keys only: `<person>:01` would be counted as a second slot 1.
    if (!Number.isSafeInteger(slot) || slot < 0 || slot >= limit || slotKey(writer, slot) !== key) {
      return 'slot-out-of-range';
    }
    return content === null || isDotValue(content) ? undefined : 'invalid-dot';
  }

  /** N of the vote when `dots` is the live dots map of a live vote in the document. */
  #liveLimit(vote: Y.Item, dots: Y.Item): number | undefined {
    // A vote or dots map made by this update: its making was refused already.
    if (!isInDocument(vote) || !isInDocument(dots) || vote.deleted || dots.deleted) return undefined;
    if (vote.parentSub === null || this.#votesRoot?._map.get(vote.parentSub) !== vote) return undefined;
    const voteType = (vote.content as Y.ContentType).type;
    if (voteType._map.get('dots') !== dots) return undefined;
    const limit = liveValue(voteType, 'dotsPerPerson');
    return isDotsPerPerson(limit) ? limit : undefined;
  }

  /** The container and key of an item of the document or of the update. */
  #locate(item: Y.Item): Located {
    const known = this.#located.get(item);
    if (known) return known;
    // A cycle of references: only a forged update has one.
    if (this.#climbing.has(item)) return { place: UNRESOLVED, key: null };
    this.#climbing.add(item);
    const located = this.#locateOnce(item);
    this.#climbing.delete(item);
    this.#located.set(item, located);
    return located;
  }

  #locateOnce(item: Y.Item): Located {
    const parent: unknown = item.parent;
    const key = item.parentSub;
    if (parent instanceof Y.AbstractType) return { place: this.#typePlace(parent), key };
    if (typeof parent === 'string') return { place: parent === 'votes' ? { level: 'votes' } : OUTSIDE, key };
    if (parent instanceof Y.ID) return { place: this.#inside(this.#find(parent)), key };
    // No parent written: Yjs takes the origin's (else the right origin's) parent and key, and
    // collects the item if that neighbour was collected.
    const neighbour = item.origin ?? item.rightOrigin;
    const found = neighbour ? this.#find(neighbour) : undefined;
    if (found instanceof Y.Item) return this.#locate(found);
    return { place: found instanceof Y.GC ? GONE : UNRESOLVED, key: null };
  }

  /** Where the children of an integrated type are. */
  #typePlace(type: SharedType): Place {
    if (type === this.#votesRoot) return { level: 'votes' };
    return type._item === null ? OUTSIDE : this.#inside(type._item);
  }

  /** Where the children of the type an item holds are. */
  #inside(typeItem: Y.Item | Y.GC | undefined): Place {
    if (typeItem instanceof Y.GC) return GONE;
    if (!(typeItem instanceof Y.Item) || !(typeItem.content instanceof Y.ContentType)) return UNRESOLVED;
    const { place, key } = this.#locate(typeItem);
    switch (place.level) {
      case 'outside':
      case 'gone':
      case 'unresolved':
        return place;
      case 'votes':
        return { level: 'vote', vote: typeItem };
      case 'vote':
        return key === 'dots' ? { level: 'dots', vote: place.vote, dots: typeItem } : DEEP;
      default:
        return DEEP;
    }
  }

  /** The struct holding an id: the document's if it has the id, else the update's. */
  #find(id: Y.ID): Y.Item | Y.GC | undefined {
    const structs = this.#store.clients.get(id.client);
    if (structs && id.clock < Y.getState(this.#store, id.client)) return structs[Y.findIndexSS(structs, id.clock)];
    const list = this.#byClient.get(id.client) ?? [];
    const struct = list[indexHolding(list, id.clock)];
    return struct instanceof Y.Skip ? undefined : struct;
  }
}

/** Binary search: the index of the struct of a clock-ordered list that holds `clock`, or -1. */
function indexHolding(list: readonly Struct[], clock: number): number {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const struct = list[middle] as Struct;
    if (clock < struct.id.clock) high = middle - 1;
    else if (clock >= struct.id.clock + struct.length) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** Integrated items point at their parent type; decoded ones at an id, a root name or nothing. */
function isInDocument(item: Y.Item): boolean {
  return item.parent instanceof Y.AbstractType;
}

function liveValue(type: SharedType, key: string): unknown {
  const item = type._map.get(key);
  return item && !item.deleted ? item.content.getContent()[item.length - 1] : undefined;
}

/** A slot holds one note id or null; a deleted entry (an overwritten own slot) is fine too. */
function isDotValue(content: Content): boolean {
  if (content instanceof Y.ContentDeleted) return true;
  if (!(content instanceof Y.ContentAny) || content.arr.length !== 1) return false;
  const value: unknown = content.arr[0];
  return value === null || isNoteId(value);
}
