/**
 * Room names: one room per board plus one for the workshop itself.
 *   `<workshop>/plenary`    the common table
 *   `<workshop>/group/<n>`  breakout group n's table (1..MAX_GROUP_NUMBER)
 *   `<workshop>/workshop`   people, groups and the plenary's state
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
  | { readonly workshopId: WorkshopId; readonly kind: 'workshop' };

export const MAX_ROOM_NAME_LENGTH = 64;

export function roomName(workshopId: WorkshopId, board: BoardRef = { kind: 'plenary' }): string {
  return board.kind === 'plenary' ? `${workshopId}/plenary` : `${workshopId}/group/${board.group}`;
}

export function workshopRoomName(workshopId: WorkshopId): string {
  return `${workshopId}/workshop`;
}

const GROUP_NUMBER_PATTERN = /^[1-9][0-9]?$/;

export function parseRoomName(name: string): RoomRef | undefined {
  if (name.length > MAX_ROOM_NAME_LENGTH) return undefined;
  const [workshopId, kind, group, ...rest] = name.split('/');
  if (rest.length > 0 || !isWorkshopId(workshopId)) return undefined;
  if (kind === 'plenary' && group === undefined) return { workshopId, kind: 'board', board: { kind } };
  if (kind === 'workshop' && group === undefined) return { workshopId, kind: 'workshop' };
  if (kind === 'group' && group !== undefined && GROUP_NUMBER_PATTERN.test(group)) {
    const number = Number(group);
    if (isGroupNumber(number)) return { workshopId, kind: 'board', board: { kind, group: number } };
  }
  return undefined;
}
