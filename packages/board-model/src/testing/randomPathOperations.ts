import type * as Y from 'yjs';
import type { RandomSource } from '../ids.ts';
import { deleteNote } from '../operations/deleteNote.ts';
import { addStep } from '../paths/addStep.ts';
import { createPath } from '../paths/createPath.ts';
import { deletePath } from '../paths/deletePath.ts';
import { moveStep } from '../paths/moveStep.ts';
import { PATH_COLOURS, RISK_KINDS } from '../paths/pathSchema.ts';
import { readPaths } from '../paths/readPaths.ts';
import { removeStep } from '../paths/removeStep.ts';
import { renamePath } from '../paths/renamePath.ts';
import { updateStep } from '../paths/updateStep.ts';
import { readAllNotes } from '../schema.ts';
import { PHASE_IDS } from '../template.ts';

const NAMES = ['Kertakävijä', 'Nuori, joka etsii opiskelupaikkaa', 'Engångsbesökare', 'Monialainen tuki'];
const TEXTS = ['Ei palvelua', 'Jonottaa', 'Saknas', 'Drop-in', 'ÄÖÅ ✓'];

function pick<T>(random: RandomSource, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/**
 * One random path operation on a peer's document, mostly on the oldest path so that peers often
 * rename, add to, reorder and mark the same path at once; now and then a note is deleted under
 * the paths. Returns what it tried, for the seed's trace.
 */
export function applyRandomPathOperation(doc: Y.Doc, random: RandomSource): string {
  const paths = readPaths(doc);
  const path = paths.length > 0 && random() < 0.8 ? paths[0] : pick(random, paths);
  const step = path && path.steps.length > 0 ? pick(random, path.steps) : undefined;
  const options = { random, now: () => Math.floor(random() * 1e6) };
  const roll = random();
  if (!path || roll < 0.06) {
    createPath(doc, { name: pick(random, NAMES) }, options);
    return 'create-path';
  }
  if (roll < 0.16) {
    const changes = random() < 0.5 ? { name: pick(random, NAMES) } : { colour: pick(random, PATH_COLOURS) };
    renamePath(doc, path.id, random() < 0.3 ? { ...changes, description: pick(random, TEXTS) } : changes);
    return 'rename';
  }
  if (!step || roll < 0.4) {
    const notes = readAllNotes(doc).filter((note) => !note.deleted && note.stackedInto === undefined);
    const position = Math.floor(random() * 6);
    if (notes.length > 0 && random() < 0.6)
      addStep(doc, path.id, { noteId: pick(random, notes).id, position }, options);
    else addStep(doc, path.id, { phase: pick(random, PHASE_IDS), text: pick(random, TEXTS), position }, options);
    return 'add-step';
  }
  if (roll < 0.65) {
    const phase = random() < 0.4 ? pick(random, PHASE_IDS) : undefined;
    moveStep(doc, path.id, step.id, { position: Math.floor(random() * 6), ...(phase ? { phase } : {}) }, options);
    return 'move-step';
  }
  if (roll < 0.85) {
    const risk = random() < 0.7 ? { kind: pick(random, RISK_KINDS), reason: pick(random, TEXTS) } : null;
    updateStep(doc, path.id, step.id, random() < 0.3 ? { risk, text: pick(random, TEXTS) } : { risk });
    return 'update-step';
  }
  if (roll < 0.93) {
    removeStep(doc, path.id, step.id);
    return 'remove-step';
  }
  if (roll < 0.97 && step.noteId) {
    deleteNote(doc, step.noteId, { now: () => 1 });
    return 'delete-note';
  }
  deletePath(doc, path.id, { now: () => 1 });
  return 'delete-path';
}
