/**
 * What checking a participant's writes costs the server per update, beside applying them:
 * `npx node bench/sync/checkCost.ts [--quick]`. A participant's client writes notes keystroke
 * by keystroke and moves them on the common table (the compare load's changes); the server's
 * path is replayed in this process on fresh copies of the board, alternately without the checks
 * (Yjs applies the update, as the reference server does) and with every check the sync path
 * runs first (decode, rights: `checkWrite`, client ids, note and path limits). CPU time of this
 * process per pass (process.cpuUsage), the passes interleaved and the median taken, so other
 * work on the machine touches both alike. Writes bench/results/checkCost.json.
 */
import {
  addPerson,
  CELL_IDS,
  createNote,
  editNoteText,
  moveNote,
  type NoteId,
  type PersonId,
  seedBoard,
  seedWorkshop,
} from '@avaa/board-model';
import { decodeUpdate } from '@avaa/board-model/yjs-internals';
import type { WorkshopId } from '@avaa/protocol';
import * as Y from 'yjs';
import { checkWrite } from '../../server/src/auth/access.ts';
import type { Capability } from '../../server/src/auth/tokens.ts';
import { checkClientIds } from '../../server/src/sync/clientIds.ts';
import { exceedsNoteLimit } from '../../server/src/sync/noteLimit.ts';
import { exceededPathLimit } from '../../server/src/sync/pathLimits.ts';
import { QUICK, report } from '../report.ts';
import { round } from './load.ts';

const NOTES = QUICK ? 10 : 60;
const KEYSTROKES = 30;
const PASSES = QUICK ? 3 : 15;
const workshopId = 'benchcheck' as WorkshopId;

const workshop = new Y.Doc();
seedWorkshop(workshop, { title: 'Kuormitustesti', language: 'fi', createdAt: 0 });
const person = addPerson(workshop, { name: 'Henkilö 1', role: 'core-staff' });
if (!person.ok) throw new Error('no person');
const personId: PersonId = person.value;
const capability: Capability = { workshopId, role: 'participant', personId };
const ref = { workshopId, kind: 'board', board: { kind: 'plenary' } } as const;
const owner = `person:${personId}`;

const board = new Y.Doc();
board.clientID = 0x5eed;
seedBoard(board, { title: 'Kuormitustesti', language: 'fi', createdAt: 0 });
const seed = Y.encodeStateAsUpdate(board);

/** The participant's changes, one update per keystroke or move, as their client sends them. */
function participantUpdates(): Uint8Array[] {
  const client = new Y.Doc();
  Y.applyUpdate(client, seed);
  const updates: Uint8Array[] = [];
  client.on('update', (update: Uint8Array) => updates.push(update));
  for (let index = 0; index < NOTES; index++) {
    const created = createNote(client, CELL_IDS[index % CELL_IDS.length] ?? 'start:services', {
      text: 'a',
      createdBy: personId,
    });
    if (!created.ok) throw new Error(created.error);
    const note: NoteId = created.value;
    let text = 'a';
    for (let key = 0; key < KEYSTROKES; key++) {
      text += 'palveluohjaus '[key % 14];
      editNoteText(client, note, text);
    }
    moveNote(client, note, CELL_IDS[(index + 3) % CELL_IDS.length] ?? 'start:services', 0);
  }
  return updates;
}

function fresh(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seed);
  return doc;
}

/** Applies every update as the server would, with or without its checks first; CPU ms. */
function pass(updates: readonly Uint8Array[], checked: boolean): number {
  const doc = fresh();
  const start = process.cpuUsage();
  for (const update of updates) {
    if (checked) {
      const decoded = decodeUpdate(update);
      if (!checkWrite(ref, capability, workshop, doc, decoded).allowed) throw new Error('refused');
      const ids = checkClientIds(doc, decoded, owner, () => ({ owner, provisional: false }), true);
      if (!ids.allowed || exceedsNoteLimit(doc, decoded.structs) || exceededPathLimit(doc, decoded.structs)) {
        throw new Error('refused');
      }
    }
    Y.applyUpdate(doc, update);
  }
  const used = process.cpuUsage(start);
  doc.destroy();
  return (used.user + used.system) / 1000;
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const updates = participantUpdates();
// Warm-up: both paths compiled before anything is timed.
for (let index = 0; index < 3; index++) {
  pass(updates, false);
  pass(updates, true);
}
const applied: number[] = [];
const checked: number[] = [];
for (let index = 0; index < PASSES; index++) {
  applied.push(pass(updates, false));
  checked.push(pass(updates, true));
}
const perUpdate = (ms: number) => round((ms * 1000) / updates.length, 1);
const apply = median(applied);
const withChecks = median(checked);
report('checkCost', [
  {
    updates: updates.length,
    passes: PASSES,
    'apply µs per update': perUpdate(apply),
    'checks + apply µs per update': perUpdate(withChecks),
    'checks µs per update': perUpdate(withChecks - apply),
    'checks / apply': round((withChecks - apply) / apply, 2),
  },
]);
