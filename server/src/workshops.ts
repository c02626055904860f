import { randomInt } from 'node:crypto';
import { isLanguage, type Language } from '@avaa/board-model';
import {
  ApiError,
  MAX_WORKSHOP_TITLE_LENGTH,
  roomName,
  WORKSHOP_ID_ALPHABET,
  WORKSHOP_ID_LENGTH,
  type WorkshopId,
  workshopRoomName,
} from '@avaa/protocol';
import { newJoinCode } from './joinCodes.ts';
import { plenarySeed, workshopSeed } from './seeds.ts';
import type { RoomSeed, Storage, WorkshopRecord } from './storage/types.ts';

// C0 and C1 controls, DEL and bidirectional overrides: a title is one plain line.
const CONTROL_CHARACTER = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

export type NewWorkshop = { readonly title: string; readonly language: Language };
export type WorkshopInputError = {
  readonly error:
    | typeof ApiError.notAnObject
    | typeof ApiError.notAString
    | typeof ApiError.empty
    | typeof ApiError.tooLong
    | typeof ApiError.controlCharacter
    | typeof ApiError.unknownLanguage;
  readonly field?: 'title' | 'language';
};

/** Validates a POST /api/workshops body; the title comes back trimmed. */
export function parseNewWorkshop(
  body: unknown,
): { ok: true; value: NewWorkshop } | { ok: false; error: WorkshopInputError } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return invalid(ApiError.notAnObject);
  const { title, language } = body as Record<string, unknown>;
  if (typeof title !== 'string') return invalid(ApiError.notAString, 'title');
  const trimmed = title.trim();
  if (trimmed.length === 0) return invalid(ApiError.empty, 'title');
  if ([...trimmed].length > MAX_WORKSHOP_TITLE_LENGTH) return invalid(ApiError.tooLong, 'title');
  if (CONTROL_CHARACTER.test(trimmed)) return invalid(ApiError.controlCharacter, 'title');
  if (!isLanguage(language)) return invalid(ApiError.unknownLanguage, 'language');
  return { ok: true, value: { title: trimmed, language } };
}

function invalid(error: WorkshopInputError['error'], field?: WorkshopInputError['field']) {
  return { ok: false, error: field ? { error, field } : { error } } as const;
}

export function newWorkshopId(): WorkshopId {
  let id = '';
  for (let i = 0; i < WORKSHOP_ID_LENGTH; i++) id += WORKSHOP_ID_ALPHABET[randomInt(WORKSHOP_ID_ALPHABET.length)];
  return id as WorkshopId;
}

/**
 * Stores a new workshop with its seeded plenary board and workshop room, in one transaction, and
 * a join code. The server seeds, once, here: clients never seed, so two clients finding an empty
 * board cannot both write the metadata. (Group boards are seeded when first opened.)
 */
export async function createWorkshop(storage: Storage, input: NewWorkshop, now = Date.now()): Promise<WorkshopRecord> {
  // 31^10 ids and 31^6 codes make a collision unlikely; retry a few times rather than assume.
  for (let attempt = 0; attempt < 10; attempt++) {
    const workshop: WorkshopRecord = {
      id: newWorkshopId(),
      title: input.title,
      language: input.language,
      createdAt: now,
      joinCode: newJoinCode(),
    };
    const seeds = [
      { room: roomName(workshop.id), update: plenarySeed(workshop) },
      { room: workshopRoomName(workshop.id), update: workshopSeed(workshop) },
    ];
    if (await storage.createWorkshop(workshop, seeds)) return workshop;
  }
  throw new Error('could not allocate a workshop id and join code');
}

/**
 * Stores an imported workshop (a new id and join code; title, language and creation time from
 * the export) with every room's state, in one storage transaction: all of it or nothing.
 */
export async function storeImportedWorkshop(
  storage: Storage,
  input: NewWorkshop & { readonly createdAt: number },
  rooms: (id: WorkshopId) => readonly RoomSeed[],
): Promise<WorkshopRecord> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const workshop: WorkshopRecord = { id: newWorkshopId(), ...input, joinCode: newJoinCode() };
    if (await storage.createWorkshop(workshop, rooms(workshop.id))) return workshop;
  }
  throw new Error('could not allocate a workshop id and join code');
}
