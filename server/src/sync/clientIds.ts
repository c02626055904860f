import type { DecodedUpdate } from '@avaa/board-model';
import * as Y from 'yjs';

/**
 * How far one update may advance the server's clock of one Yjs client id. A clock counts
 * inserted characters and items; notes hold at most 500 code points and a board at most 8 MiB, so
 * no real client gets near this in one update, while a forged 15-byte struct can claim 2^53.
 */
export const MAX_CLOCK_ADVANCE = 1_000_000;

export type ClientIdRefusal = 'implausible-clock';
export type ClientIdVerdict =
  | {
      readonly allowed: true;
      /** Client ids the update brings new structs for, its own to use. */
      readonly written: number[];
      /** Client ids owned by another live connection that the update brings new structs for. */
      readonly foreign: number[];
    }
  | { readonly allowed: false; readonly reason: ClientIdRefusal };

/**
 * Whether a decoded Yjs update only writes under client ids the sender may use, with clock
 * ranges a real edit could have. `ownedByAnother(id)`: a live connection of another identity
 * owns the id (connection.ts).
 *
 * - New structs (reaching past the document's clock for the id) under an id another live
 *   connection owns are `foreign`: the caller strips them (`withoutForeignStructs`). Their owner
 *   holds whatever is real among them and sends it itself; a forger's claim on the owner's next
 *   clocks never lands, so the owner's later edits are not ignored.
 * - New structs under any other id may advance its clock by at most MAX_CLOCK_ADVANCE (a gap
 *   before them counts: Yjs would keep them pending, claiming the gap); past it the update is
 *   refused.
 * - Deletions past the document's clock for an id (Yjs keeps them pending and deletes those
 *   clocks when they arrive) are held to the same bound, whoever owns the id: deleting is open
 *   to everyone who may write, and a deletion shows, unlike a claimed range.
 *
 * Structs the document already has are ignored by Yjs, whoever sends them, so a client resyncing
 * after a crash may send other clients' edits that the server lost: those of ids nobody connected
 * owns are taken. Throws on a malformed update, as applying it would.
 */
export function checkClientIds(
  doc: Y.Doc,
  { structs, ds }: DecodedUpdate,
  ownedByAnother: (client: number) => boolean,
): ClientIdVerdict {
  const reach = new Map<number, number>();
  for (const struct of structs) {
    // A skip is a hole in a merged update: it claims nothing and Yjs never integrates it.
    if (struct instanceof Y.Skip) continue;
    const { client, clock } = struct.id;
    reach.set(client, Math.max(reach.get(client) ?? 0, clock + struct.length));
  }
  const written: number[] = [];
  const foreign: number[] = [];
  for (const [client, end] of reach) {
    const known = Y.getState(doc.store, client);
    if (end <= known) continue;
    if (ownedByAnother(client)) foreign.push(client);
    else if (end - known > MAX_CLOCK_ADVANCE) return IMPLAUSIBLE;
    else written.push(client);
  }
  for (const [client, deletes] of ds.clients) {
    const known = Math.max(Y.getState(doc.store, client), reach.get(client) ?? 0);
    let end = 0;
    for (const item of deletes) end = Math.max(end, item.clock + item.len);
    if (end - known > MAX_CLOCK_ADVANCE) return IMPLAUSIBLE;
  }
  return { allowed: true, written, foreign };
}

const IMPLAUSIBLE = { allowed: false, reason: 'implausible-clock' } as const;

/** The update without any struct of these client ids (its delete set stays whole). */
export function withoutForeignStructs(update: Uint8Array, foreign: readonly number[]): Uint8Array {
  // diffUpdate leaves out what a peer with this state vector has: here, everything of those ids.
  const everything = new Map(foreign.map((client) => [client, Number.MAX_SAFE_INTEGER]));
  return Y.diffUpdate(update, Y.encodeStateVector(everything));
}
