/**
 * Room names: one room per board. Issue 2 has only the common table (`<workshop>/plenary`);
 * group boards (`<workshop>/group/<n>`) come with the groups.
 * Room names are parsed, never used as file paths.
 */
declare const workshopIdBrand: unique symbol;
export type WorkshopId = string & { readonly [workshopIdBrand]: true };

/** Lower-case letters and digits without look-alikes (no 0/o, 1/l/i), so ids can be typed. */
export const WORKSHOP_ID_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
export const WORKSHOP_ID_LENGTH = 10;
const WORKSHOP_ID_PATTERN = new RegExp(`^[${WORKSHOP_ID_ALPHABET}]{${WORKSHOP_ID_LENGTH}}$`);

export function isWorkshopId(value: unknown): value is WorkshopId {
  return typeof value === 'string' && WORKSHOP_ID_PATTERN.test(value);
}

export type BoardRef = { readonly kind: 'plenary' };
export type RoomRef = { readonly workshopId: WorkshopId; readonly board: BoardRef };

export const MAX_ROOM_NAME_LENGTH = 64;

export function roomName(workshopId: WorkshopId, board: BoardRef = { kind: 'plenary' }): string {
  return `${workshopId}/${board.kind}`;
}

export function parseRoomName(name: string): RoomRef | undefined {
  if (name.length > MAX_ROOM_NAME_LENGTH) return undefined;
  const [workshopId, kind, ...rest] = name.split('/');
  if (rest.length > 0 || !isWorkshopId(workshopId)) return undefined;
  if (kind === 'plenary') return { workshopId, board: { kind } };
  return undefined;
}
