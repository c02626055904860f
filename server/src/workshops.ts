import { randomInt } from 'node:crypto';
import { isLanguage, type Language, seedBoard } from '@avaa/board-model';
import { roomName, WORKSHOP_ID_ALPHABET, WORKSHOP_ID_LENGTH, type WorkshopId } from '@avaa/protocol';
import * as Y from 'yjs';
import type { Storage, WorkshopRecord } from './storage/types.ts';

export const MAX_TITLE_LENGTH = 120;
// C0 and C1 controls, DEL and bidirectional overrides: a title is one plain line.
const CONTROL_CHARACTER = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

export type NewWorkshop = { readonly title: string; readonly language: Language };
export type WorkshopInputError = {
  readonly error: 'not-an-object' | 'not-a-string' | 'empty' | 'too-long' | 'control-character' | 'unknown-language';
  readonly field?: 'title' | 'language';
};

/** Validates a POST /api/workshops body; the title comes back trimmed. */
export function parseNewWorkshop(
  body: unknown,
): { ok: true; value: NewWorkshop } | { ok: false; error: WorkshopInputError } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return invalid('not-an-object');
  const { title, language } = body as Record<string, unknown>;
  if (typeof title !== 'string') return invalid('not-a-string', 'title');
  const trimmed = title.trim();
  if (trimmed.length === 0) return invalid('empty', 'title');
  if ([...trimmed].length > MAX_TITLE_LENGTH) return invalid('too-long', 'title');
  if (CONTROL_CHARACTER.test(trimmed)) return invalid('control-character', 'title');
  if (!isLanguage(language)) return invalid('unknown-language', 'language');
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
 * Stores a new workshop with its seeded plenary board. The server seeds, once, here: clients
 * never seed, so two clients finding an empty board cannot both write the metadata.
 */
export async function createWorkshop(storage: Storage, input: NewWorkshop, now = Date.now()): Promise<WorkshopRecord> {
  // 31^10 ids make a collision very unlikely; retry a few times rather than assume.
  for (let attempt = 0; attempt < 5; attempt++) {
    const workshop: WorkshopRecord = {
      id: newWorkshopId(),
      title: input.title,
      language: input.language,
      createdAt: now,
    };
    if (await storage.createWorkshop(workshop, roomName(workshop.id), seedUpdate(workshop))) return workshop;
  }
  throw new Error('could not allocate a workshop id');
}

/** The seed as the one update a server-side Y.Doc emits for it. */
function seedUpdate(workshop: WorkshopRecord): Uint8Array {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  seedBoard(doc, { title: workshop.title, language: workshop.language, createdAt: workshop.createdAt });
  doc.destroy();
  if (updates.length !== 1 || !updates[0]) throw new Error('seeding must emit exactly one update');
  return updates[0];
}
