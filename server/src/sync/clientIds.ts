import { type DecodedUpdate, type GC, type Item, knownClock, Skip } from '@avaa/board-model/yjs-internals';
import * as Y from 'yjs';
import type { Ownership } from './ownership.ts';

/**
 * How far one update may advance the server's clock of one Yjs client id. A clock counts
 * inserted characters and items; notes hold at most 500 code points and a board at most 8 MiB, so
 * no real client gets near this in one update, while a forged 15-byte struct can claim 2^53.
 */
export const MAX_CLOCK_ADVANCE = 1_000_000;

export type ClientIdRefusal =
  /** New structs under an id owned by another, in a change as it happens (never a real client's). */
  | 'foreign-client-id'
  | 'implausible-clock'
  /** New structs that do not follow on from the document's clock: Yjs would keep them pending. */
  | 'clock-gap'
  /** Deletion of clocks the document does not have (Yjs would delete them when they arrive). */
  | 'unknown-deletion';

export type ClientIdVerdict =
  | {
      readonly allowed: true;
      /** Ids the update brings new structs for that become the sender's (rooms/clientRegistry.ts). */
      readonly register: number[];
      /** Unowned ids a resync brings new structs for: the sender's provisionally. */
      readonly provisional: number[];
      /** Ids of other owners the update brings new structs for: left out, so not saved. */
      readonly strip: number[];
    }
  | { readonly allowed: false; readonly reason: ClientIdRefusal };

/**
 * A connection's writes are checked against who it is (`self`, an owner key), not what it claims.
 * `ownerOf(id)` is the id's owner (sync/ownership.ts: the registry, else first presence).
 *
 * - New structs (past the document's clock for the id) under the sender's own ids are taken;
 *   under unowned ids too, and those ids become the sender's (`register`) before they are applied:
 *   for good in a change as it happens or when the sender showed presence under the id, else
 *   (`provisional`: a resync may carry a person's edits the server lost from a backup)
 *   until the first change as it happens under the id, whoever sends it.
 * - Under another owner's id: in a change as it happens, refused; in a sync step 2 (a resync,
 *   which carries whatever the sender holds, others' edits too) left out (`strip`): the owner's
 *   own client sends them, and nobody can claim an owner's next clocks. The sender is not told
 *   "saved" for that frame.
 * - New structs must follow on from the document's clock without a gap, and advance it by at most
 *   MAX_CLOCK_ADVANCE.
 * - Deletions only of clocks the document has, or that the update itself adds.
 *
 * Structs the document already has are ignored by Yjs, whoever sends them. Throws on a
 * malformed update, as applying it would.
 */
export function checkClientIds(
  doc: Y.Doc,
  { structs, ds }: DecodedUpdate,
  self: string,
  ownerOf: (client: number) => Ownership | undefined,
  live: boolean,
): ClientIdVerdict {
  const register: number[] = [];
  const provisional: number[] = [];
  const strip: number[] = [];
  const reach = new Map<number, number>();
  for (const [client, list] of byClient(structs)) {
    const known = knownClock(doc, client);
    const end = list.reduce((far, struct) => Math.max(far, struct.id.clock + struct.length), 0);
    if (end <= known) continue;
    // Presence alone claims an id for presence only: an id can show up under another owner's
    // socket before its own writer's (issue 13's day: honest group members were refused), so
    // for writes an id nobody wrote under is unclaimed, and its first write decides.
    const claimed = ownerOf(client);
    const found = claimed?.presence === true && claimed.owner !== self ? undefined : claimed;
    const mine = found?.owner === self;
    if (found && !mine && !(live && found.provisional)) {
      if (live) return refusal('foreign-client-id');
      strip.push(client);
      continue;
    }
    const covered = contiguousEnd(list, known);
    if (covered < end) return refusal('clock-gap');
    if (end - known > MAX_CLOCK_ADVANCE) return refusal('implausible-clock');
    if (!found && !live) provisional.push(client);
    else if (!found || found.presence || (live && found.provisional)) register.push(client);
    reach.set(client, end);
  }
  for (const [client, deletes] of ds.clients) {
    // A stripped id's deletions of what is left out wait in Yjs, and the frame is refused then.
    if (strip.includes(client)) continue;
    const has = Math.max(knownClock(doc, client), reach.get(client) ?? 0);
    if (deletes.some((item) => item.clock + item.len > has)) return refusal('unknown-deletion');
  }
  return { allowed: true, register, provisional, strip };
}

function refusal(reason: ClientIdRefusal): ClientIdVerdict {
  return { allowed: false, reason };
}

type Struct = Item | GC;

/** The update's structs by client, in clock order; a skip (a hole in a merged update) claims nothing. */
function byClient(structs: readonly (Struct | Skip)[]): Map<number, Struct[]> {
  const clients = new Map<number, Struct[]>();
  for (const struct of structs) {
    if (struct instanceof Skip) continue;
    const list = clients.get(struct.id.client) ?? [];
    list.push(struct);
    clients.set(struct.id.client, list);
  }
  for (const list of clients.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  return clients;
}

/** How far the structs reach without a hole, starting from clock `from`. */
function contiguousEnd(list: readonly Struct[], from: number): number {
  let at = from;
  for (const struct of list) {
    if (struct.id.clock > at) break;
    at = Math.max(at, struct.id.clock + struct.length);
  }
  return at;
}

/** The update without any struct of these client ids (its delete set stays whole). */
export function withoutStructsOf(update: Uint8Array, clients: readonly number[]): Uint8Array {
  // diffUpdate leaves out what a peer with this state vector has: here, everything of those ids.
  const everything = new Map(clients.map((client) => [client, Number.MAX_SAFE_INTEGER]));
  return Y.diffUpdate(update, Y.encodeStateVector(everything));
}
