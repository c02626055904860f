import {
  type BoardModeRefusal,
  type BoardWriteRefusal,
  type CommentWriteRefusal,
  type CopyWriteRefusal,
  checkBoardModeWrites,
  checkBoardWrites,
  checkCommentWrites,
  checkImageWrites,
  groupOfPerson,
  groupsMap,
  type ImageWriteRefusal,
  isCommonTableLocked,
  type PersonId,
  peopleMap,
  readCommonTableAnyoneDeletes,
  writesCopiedFrom,
} from '@avaa/board-model';
import { type DecodedUpdate, decodeUpdate } from '@avaa/board-model/yjs-internals';
import type { RoomRef } from '@avaa/protocol';
import * as Y from 'yjs';
import { effectiveCapability } from './effectiveCapability.ts';
import { mayWritePrivateRoom } from './privateAccess.ts';
import { serverOwnedRoots, touchedRoots } from './serverOwned.ts';
import type { Capability } from './tokens.ts';

/**
 * Who may change which room, decided from the live workshop document on every write, so that
 * moving or removing a person changes their rights at once, without a reconnect:
 *
 *   workshop room  the facilitator (people join through the server's join API)
 *   plenary        the facilitator and participants; participants not the votes (checkWrite:
 *                  dots go through the votes API), and not during group work
 *                  (participantWritesCommonTable)
 *   group board n  the facilitator, and participants whose token names a person in group n
 *   private room   only the person it is named for (auth/privateAccess.ts), to read as well;
 *                  a group's only while they are in the group
 *
 * Viewers never write; a removed person writes nowhere. Everyone else holding a valid token of
 * the workshop reads.
 */
export function mayWrite(ref: RoomRef, token: Capability, workshopDoc: Y.Doc): boolean {
  return mayWriteAs(ref, effectiveCapability(token, workshopDoc), workshopDoc);
}

/** `mayWrite` for a capability already made effective (checkWrite reads it once per update). */
function mayWriteAs(ref: RoomRef, capability: Capability, workshopDoc: Y.Doc): boolean {
  if (capability.role === 'viewer' || isRemovedPerson(workshopDoc, capability.personId)) return false;
  if (ref.kind === 'private') return mayWritePrivateRoom(ref, capability, workshopDoc);
  if (capability.role === 'facilitator') return true;
  if (ref.kind === 'workshop') return false;
  if (ref.board.kind === 'plenary') return participantWritesCommonTable(workshopDoc);
  return capability.personId !== undefined && groupOfPerson(workshopDoc, capability.personId) === ref.board.group;
}

/**
 * During group work the common table is read-only for participants unless the facilitator opened
 * it (the rule is @avaa/board-model's `isCommonTableLocked`, which the UI reads too): their notes
 * belong on their group's board, where the merge finds them.
 */
function participantWritesCommonTable(workshopDoc: Y.Doc): boolean {
  return !isCommonTableLocked(workshopDoc);
}

/** Why a client's change was dropped: a word for the debug log, never the change itself. */
export type WriteRefusal =
  | 'no-right'
  | 'workshop-not-loaded'
  | 'server-owned'
  | 'vote-structure'
  | BoardWriteRefusal
  | BoardModeRefusal
  | CommentWriteRefusal
  | CopyWriteRefusal
  | ImageWriteRefusal;
export type WriteVerdict =
  | {
      readonly allowed: true;
      /**
       * Server-owned roots a resync writes: what the server lost in a crash after relaying it
       * comes back from the clients that saw it. Applied, so every copy converges, and then the
       * server's own values are written over it (auth/serverOwnedRestore.ts).
       */
      readonly reassert?: ReadonlySet<string>;
    }
  | { readonly allowed: false; readonly reason: WriteRefusal };
/**
 * Asked with every change (a Yjs update, v1, decoded once for every check) a connection sends;
 * `resync`: a sync step 2, which carries whatever the sender holds, not a change as it happens.
 */
export type WriteCheck = (update: DecodedUpdate, resync: boolean) => WriteVerdict;

const ALLOWED: WriteVerdict = { allowed: true };
const NO_RIGHT: WriteVerdict = { allowed: false, reason: 'no-right' };
const SERVER_OWNED: WriteVerdict = { allowed: false, reason: 'server-owned' };
const VOTE_STRUCTURE: WriteVerdict = { allowed: false, reason: 'vote-structure' };
const COPY_PROVENANCE: WriteVerdict = { allowed: false, reason: 'copy-provenance' };
/** The facilitator's part of the votes: opening and closing. Dots are never in a document. */
const VOTE_ROOTS: ReadonlySet<string> = new Set(['votes']);

/**
 * Whether one update may be applied to the room's document: the right to write the room at all
 * (`mayWrite`), then nobody's change may touch what the server owns (a board's `meta`, the
 * votes' counts: auth/serverOwned.ts), then, for a participant on the common table, nothing
 * of the votes (their dots go through the votes API, http/votesApi.ts), and the delete rules:
 * only their own notes and service paths unless the facilitator allows more, no entry removed
 * but their own (`checkBoardWrites`); on every board a participant's write also obeys the board's
 * mode (`checkBoardModeWrites`). Rights are the effective capability's (a co-facilitator's are the
 * facilitator's: auth/effectiveCapability.ts). Beyond
 * that the facilitator's changes are not inspected. A `resync` touching the server's roots is
 * not dropped for it: it is the server's own lost change coming back, or a forgery the server
 * writes over at once (`reassert`); a live change touching them is.
 * Throws on a malformed update, as applying it would.
 */
export function checkWrite(
  ref: RoomRef,
  token: Capability,
  workshopDoc: Y.Doc,
  roomDoc: Y.Doc,
  update: Uint8Array | DecodedUpdate,
  resync = false,
): WriteVerdict {
  const capability = effectiveCapability(token, workshopDoc);
  if (!mayWriteAs(ref, capability, workshopDoc)) return NO_RIGHT;
  const decoded = update instanceof Uint8Array ? decodeUpdate(update) : update;
  const plenary = ref.kind === 'board' && ref.board.kind === 'plenary';
  const serverOwned = serverOwnedRoots(ref);
  // One walk for both questions: the server's roots, and a participant's votes on the common table.
  const votesToo = capability.role === 'participant' && plenary;
  const touched = touchedRoots(roomDoc, decoded, votesToo ? union(serverOwned, VOTE_ROOTS) : serverOwned);
  const owned = touched.size === 0 ? [] : [...serverOwned].filter((root) => touched.has(root));
  if (owned.length > 0 && !resync) return SERVER_OWNED;
  const verdict = checkRoomRules(ref, capability, workshopDoc, roomDoc, decoded, votesToo && touched.has('votes'));
  return verdict.allowed && owned.length > 0 ? { allowed: true, reassert: new Set(owned) } : verdict;
}

/** checkWrite's rules past the server's roots: the board's mode, comments, copies, votes, deletes. */
function checkRoomRules(
  ref: RoomRef,
  capability: Capability,
  workshopDoc: Y.Doc,
  roomDoc: Y.Doc,
  decoded: DecodedUpdate,
  touchesVotes: boolean,
): WriteVerdict {
  // A note image names an image stored for this board, whoever writes it (board-model's images/).
  const image = ref.kind === 'workshop' ? undefined : checkImageWrites(roomDoc, decoded);
  if (image) return { allowed: false, reason: image };
  // The board's mode (open, own notes only, locked: board-model modes/) on every board.
  const mode =
    participantBoard(ref, capability) &&
    checkBoardModeWrites(workshopDoc, ref.board, roomDoc, decoded, capability.personId);
  if (mode) return { allowed: false, reason: mode };
  // Comments on every board: written, edited and deleted only as oneself (board-model's comments/).
  const comments =
    capability.role === 'participant' ? checkCommentWrites(roomDoc, decoded, capability.personId) : ALLOWED;
  if (!comments.allowed) return comments;
  // Copies of the common table are written by the facilitator's client only (board-model's groupCopy/).
  if (capability.role === 'participant' && writesCopiedFrom(roomDoc, decoded)) return COPY_PROVENANCE;
  const plenary = ref.kind === 'board' && ref.board.kind === 'plenary';
  if (capability.role !== 'participant' || !plenary) return ALLOWED;
  if (touchesVotes) return VOTE_STRUCTURE;
  // Deletes: only their own notes and paths unless the facilitator lets everyone (board-model's deletion/).
  return checkBoardWrites(roomDoc, decoded, capability.personId, readCommonTableAnyoneDeletes(workshopDoc));
}

/** Both sets' roots (a participant's update to the common table is asked about both). */
const unions = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
function union(roots: ReadonlySet<string>, more: ReadonlySet<string>): ReadonlySet<string> {
  let both = unions.get(roots);
  if (!both) {
    both = new Set([...roots, ...more]);
    unions.set(roots, both);
  }
  return both;
}

function participantBoard(ref: RoomRef, capability: Capability): ref is Extract<RoomRef, { kind: 'board' }> {
  return ref.kind === 'board' && capability.role === 'participant';
}

/** A person the facilitator removed: their token is refused on connect (4403) and by the API. */
export function isRemovedPerson(workshopDoc: Y.Doc, personId: PersonId | undefined): boolean {
  if (personId === undefined) return false;
  const person = peopleMap(workshopDoc).get(personId);
  // A facilitator's client may write anything into the document: read defensively.
  return person instanceof Y.Map && person.get('removed') === true;
}

/**
 * Whether group n was ever formed (live or removed since): its board may be opened. A removed
 * group's board stays readable so its notes can still be presented or brought back.
 */
export function groupExists(workshopDoc: Y.Doc, group: number): boolean {
  return groupsMap(workshopDoc).get(String(group)) instanceof Y.Map;
}

/** When group n's entry was created: the group board's seed uses it, so every seed is identical. */
export function groupCreatedAt(workshopDoc: Y.Doc, group: number): number {
  const entry = groupsMap(workshopDoc).get(String(group));
  const createdAt = entry instanceof Y.Map ? entry.get('createdAt') : undefined;
  return typeof createdAt === 'number' && Number.isFinite(createdAt) ? createdAt : 0;
}
