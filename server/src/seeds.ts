import { seedBoard, seedWorkshop } from '@avaa/board-model';
import * as Y from 'yjs';
import type { WorkshopRecord } from './storage/types.ts';

/**
 * The first update of every room, written by the server only (clients never seed: two clients
 * finding an empty document would both seed it).
 *
 * Seeds are deterministic: a fixed Yjs client id and inputs that never change (the workshop
 * record, a group's creation time), so a seed computed twice is byte for byte the same update,
 * and Yjs applies a second copy as a no-op. Storage already writes a room's seed at most once
 * (`Storage.seedRoom`); this makes even a lost race harmless.
 */
const SEED_CLIENT_ID = 0x5eed;

export function plenarySeed(workshop: WorkshopRecord): Uint8Array {
  return seedUpdate((doc) => seedBoard(doc, boardSeed(workshop)));
}

export function groupBoardSeed(workshop: WorkshopRecord, group: number, groupCreatedAt: number): Uint8Array {
  return seedUpdate((doc) => seedBoard(doc, { ...boardSeed(workshop), createdAt: groupCreatedAt, group }));
}

export function workshopSeed(workshop: WorkshopRecord): Uint8Array {
  return seedUpdate((doc) => seedWorkshop(doc, boardSeed(workshop)));
}

function boardSeed(workshop: WorkshopRecord) {
  return { title: workshop.title, language: workshop.language, createdAt: workshop.createdAt };
}

/** The one update a fresh server-side Y.Doc emits for `write`. */
function seedUpdate(write: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = SEED_CLIENT_ID;
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  write(doc);
  doc.destroy();
  if (updates.length !== 1 || !updates[0]) throw new Error('seeding must emit exactly one update');
  return updates[0];
}
