import { isPersonId, type PersonId } from './vocabulary.ts';

/**
 * Room names: one room per board plus one for the workshop itself.
 *   `<workshop>/plenary`    the common table
 *   `<workshop>/group/<n>`  breakout group n's table (1..MAX_GROUP_NUMBER)
 *   `<workshop>/workshop`   people, groups and the plenary's state
 *   `<workshop>/private/<board>/<person>`  one person's private notes for a board (`<board>`:
 *                           `plenary` or `group/<n>`), opened only by that person's token
 * Room names are parsed, never used as file paths.
 */
declare const workshopIdBrand: unique symbol;
export type WorkshopId = string & { readonly [workshopIdBrand]: true };

/** Lower-case letters and digits without look-alikes (no 0/o, 1/l/i), so ids can be typed. */
export const WORKSHOP_ID_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
export const WORKSHOP_ID_LENGTH = 10;
const WORKSHOP_ID_PATTERN = new RegExp(`^[${WORKSHOP_ID_ALPHABET}]{${WORKSHOP_ID_LENGTH}}$`);
export const MAX_GROUP_NUMBER = 30;

/** A breakout group's number, 1..MAX_GROUP_NUMBER: the one rule for rooms, documents and the API. */
export function isGroupNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_GROUP_NUMBER;
}

export function isWorkshopId(value: unknown): value is WorkshopId {
  return typeof value === 'string' && WORKSHOP_ID_PATTERN.test(value);
}

export type BoardRef = { readonly kind: 'plenary' } | { readonly kind: 'group'; readonly group: number };
export type RoomRef =
  | { readonly workshopId: WorkshopId; readonly kind: 'board'; readonly board: BoardRef }
  | { readonly workshopId: WorkshopId; readonly kind: 'workshop' }
  | {
      readonly workshopId: WorkshopId;
      readonly kind: 'private';
      readonly board: BoardRef;
      readonly personId: PersonId;
    };

export const MAX_ROOM_NAME_LENGTH = 64;

export function roomName(workshopId: WorkshopId, board: BoardRef = { kind: 'plenary' }): string {
  return board.kind === 'plenary' ? `${workshopId}/plenary` : `${workshopId}/group/${board.group}`;
}

export function workshopRoomName(workshopId: WorkshopId): string {
  return `${workshopId}/workshop`;
}

/** One person's private notes for a board, revealed onto the board by the facilitator. */
export function privateRoomName(workshopId: WorkshopId, board: BoardRef, personId: PersonId): string {
  const boardPart = board.kind === 'plenary' ? 'plenary' : `group/${board.group}`;
  return `${workshopId}/private/${boardPart}/${personId}`;
}

const GROUP_NUMBER_PATTERN = /^[1-9][0-9]?$/;

export function parseRoomName(name: string): RoomRef | undefined {
  if (name.length > MAX_ROOM_NAME_LENGTH) return undefined;
  const [workshopId, kind, group, ...rest] = name.split('/');
  if (kind === 'private' && isWorkshopId(workshopId)) return parsePrivateRoom(workshopId, [group, ...rest]);
  if (rest.length > 0 || !isWorkshopId(workshopId)) return undefined;
  if (kind === 'plenary' && group === undefined) return { workshopId, kind: 'board', board: { kind } };
  if (kind === 'workshop' && group === undefined) return { workshopId, kind: 'workshop' };
  if (kind === 'group' && group !== undefined && GROUP_NUMBER_PATTERN.test(group)) {
    const number = Number(group);
    if (isGroupNumber(number)) return { workshopId, kind: 'board', board: { kind, group: number } };
  }
  return undefined;
}

/** `private/plenary/<person>` or `private/group/<n>/<person>`, past the workshop id. */
function parsePrivateRoom(workshopId: WorkshopId, parts: readonly (string | undefined)[]): RoomRef | undefined {
  const [board, second, third, ...rest] = parts;
  if (rest.length > 0) return undefined;
  if (board === 'plenary' && third === undefined && isPersonId(second)) {
    return { workshopId, kind: 'private', board: { kind: 'plenary' }, personId: second };
  }
  if (board !== 'group' || second === undefined || !GROUP_NUMBER_PATTERN.test(second) || !isPersonId(third)) {
    return undefined;
  }
  const group = Number(second);
  return isGroupNumber(group)
    ? { workshopId, kind: 'private', board: { kind: 'group', group }, personId: third }
    : undefined;
}
