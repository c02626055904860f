import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import { addStep } from '../paths/addStep.ts';
import { createPath } from '../paths/createPath.ts';
import { deletePath } from '../paths/deletePath.ts';
import { moveStep } from '../paths/moveStep.ts';
import { type PathId, pathsMap, type StepId, stepsOf } from '../paths/pathSchema.ts';
import { removeStep } from '../paths/removeStep.ts';
import { renamePath } from '../paths/renamePath.ts';
import { updateStep } from '../paths/updateStep.ts';
import { seededBoard, sentBy } from '../testing/board.ts';
import { must, pathWith } from '../testing/paths.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { checkBoardWrites } from './boardWrites.ts';

// The common table's rules for service paths: the note rules (boardWrites.test.ts), read for paths.

const ANNA = 'anna00000001' as PersonId;
const PEKKA = 'pekka0000001' as PersonId;
const refused = (reason: string) => ({ allowed: false, reason });
const ALLOWED = { allowed: true };

/** The server's common table: Anna's path, Pekka's path, a path of nobody's (merged), each with a step. */
function table() {
  const server = seededBoard();
  const annas = pathWith(server, { name: 'Kertakävijä', createdBy: ANNA }, [{ phase: 'start', text: 'Päivystys' }], 1);
  const pekkas = pathWith(server, { name: 'Opiskelupaikka', createdBy: PEKKA }, [{ phase: 'during', text: 'Haku' }], 2);
  const nobodys = pathWith(server, 'Monialainen tuki', [{ phase: 'before', text: 'Ohjaus' }], 3);
  return { server, annas, pekkas, nobodys };
}

const pathIn = (doc: Y.Doc, id: PathId) => pathsMap(doc).get(id) as Y.Map<unknown>;

function copy(doc: Y.Doc): Y.Doc {
  const copied = new Y.Doc();
  Y.applyUpdate(copied, Y.encodeStateAsUpdate(doc));
  return copied;
}

describe('checkBoardWrites on service paths', () => {
  it('lets a participant draw a path as themselves, and refuses one drawn in another’s name', () => {
    const { server } = table();
    const draw = (createdBy: PersonId) =>
      sentBy(server, (c) => {
        const path = must(createPath(c, { name: 'Uusi polku', createdBy }, { random: seededRandom(9) }));
        must(addStep(c, path, { phase: 'start', text: 'Vastaanotto' }, { random: seededRandom(10) }));
      });
    expect(checkBoardWrites(server, draw(ANNA), ANNA, false)).toEqual(ALLOWED);
    expect(checkBoardWrites(server, draw(PEKKA), ANNA, false)).toEqual(refused('foreign-author'));
  });

  it("refuses taking over an existing path's authorship", () => {
    const { server, pekkas, nobodys } = table();
    for (const { path } of [pekkas, nobodys]) {
      const claim = sentBy(server, (c) => pathIn(c, path).set('createdBy', ANNA));
      expect(checkBoardWrites(server, claim, ANNA, false)).toEqual(refused('foreign-author'));
    }
  });

  it("refuses deleting another's path or a merged one, unless the facilitator lets everyone", () => {
    const { server, annas, pekkas, nobodys } = table();
    expect(
      checkBoardWrites(
        server,
        sentBy(server, (c) => deletePath(c, annas.path)),
        ANNA,
        false,
      ),
    ).toEqual(ALLOWED);
    for (const { path } of [pekkas, nobodys]) {
      const deletes = sentBy(server, (c) => deletePath(c, path));
      expect(checkBoardWrites(server, deletes, ANNA, false)).toEqual(refused('foreign-delete'));
      expect(checkBoardWrites(server, deletes, ANNA, true)).toEqual(ALLOWED);
    }
    const raw = sentBy(server, (c) => pathIn(c, pekkas.path).set('deleted', true));
    expect(checkBoardWrites(server, raw, ANNA, false)).toEqual(refused('foreign-delete'));
  });

  it('lets ordinary edits of anyone’s path through: rename, steps added, moved, marked and removed', () => {
    const { server, pekkas } = table();
    const [step] = pekkas.steps as [StepId];
    const edits = sentBy(server, (c) => {
      must(renamePath(c, pekkas.path, { name: 'Opiskelupaikan etsijä', colour: 'green' }));
      must(addStep(c, pekkas.path, { phase: 'ending', text: 'Jatko-ohjaus' }, { random: seededRandom(11) }));
      must(moveStep(c, pekkas.path, step, { position: 'start', phase: 'start' }));
      must(updateStep(c, pekkas.path, step, { risk: { kind: 'waiting', reason: 'Jono' } }));
      must(removeStep(c, pekkas.path, step));
    });
    expect(checkBoardWrites(server, edits, ANNA, false)).toEqual(ALLOWED);
  });

  it('refuses removing or replacing a path entry not one’s own, even when everyone may delete', () => {
    const { server, annas, pekkas } = table();
    const removes = sentBy(server, (c) => pathsMap(c).delete(pekkas.path));
    expect(checkBoardWrites(server, removes, ANNA, true)).toEqual(refused('path-removal'));
    const replaces = sentBy(server, (c) => pathsMap(c).set(pekkas.path, new Y.Map<unknown>()));
    expect(checkBoardWrites(server, replaces, ANNA, true)).toEqual(refused('path-removal'));
    expect(
      checkBoardWrites(
        server,
        sentBy(server, (c) => pathsMap(c).delete(annas.path)),
        ANNA,
        false,
      ),
    ).toEqual(ALLOWED);
  });

  it('refuses removing or replacing a step entry, or all the steps, of a path not one’s own', () => {
    const { server, pekkas } = table();
    const [step] = pekkas.steps as [StepId];
    const attacks = [
      sentBy(server, (c) => stepsOf(pathIn(c, pekkas.path)).delete(step)),
      sentBy(server, (c) => stepsOf(pathIn(c, pekkas.path)).set(step, new Y.Map<unknown>())),
      sentBy(server, (c) => pathIn(c, pekkas.path).delete('steps')),
      sentBy(server, (c) => pathIn(c, pekkas.path).set('steps', new Y.Map<unknown>())),
    ];
    for (const attack of attacks) expect(checkBoardWrites(server, attack, ANNA, true)).toEqual(refused('path-removal'));
    expect(checkBoardWrites(server, attacks[0] as Uint8Array, PEKKA, false)).toEqual(ALLOWED);
  });

  it('refuses replacing steps or a step without seeing them (an update that deletes nothing)', () => {
    const server = seededBoard();
    const path = 'path00000001' as PathId;
    const raw = new Y.Map<unknown>();
    raw.set('name', 'Opiskelupaikka');
    raw.set('createdBy', PEKKA);
    pathsMap(server).set(path, raw);
    const noSteps = copy(server);
    raw.set('steps', new Y.Map<unknown>());
    const noStep = copy(server);
    stepsOf(raw).set('step00000001', new Y.Map<unknown>());
    // Written against an older state: these land on top of what the server has since.
    const overSteps = sentBy(noSteps, (c) => pathIn(c, path).set('steps', new Y.Map<unknown>()));
    const overStep = sentBy(noStep, (c) => stepsOf(pathIn(c, path)).set('step00000001', new Y.Map<unknown>()));
    for (const attack of [overSteps, overStep]) {
      expect(Y.decodeUpdate(attack).ds.clients.size).toBe(0);
      expect(checkBoardWrites(server, attack, ANNA, true)).toEqual(refused('path-removal'));
      expect(checkBoardWrites(server, attack, PEKKA, false)).toEqual(ALLOWED);
    }
  });

  it("lets a participant's Undo and Redo of their own new path and its step through", () => {
    const { server } = table();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const undo = new Y.UndoManager(pathsMap(client), { captureTimeout: 0 });
    const sync = () => {
      const update = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
      const verdict = checkBoardWrites(server, update, ANNA, false);
      if (verdict.allowed) Y.applyUpdate(server, update);
      return verdict;
    };
    const path = must(createPath(client, { name: 'Oma polku', createdBy: ANNA }));
    expect(sync()).toEqual(ALLOWED);
    must(addStep(client, path, { phase: 'start', text: 'Oma askel' }));
    expect(sync()).toEqual(ALLOWED);
    undo.undo();
    expect(sync()).toEqual(ALLOWED);
    undo.undo();
    expect(sync()).toEqual(ALLOWED);
    undo.redo();
    expect(sync()).toEqual(ALLOWED);
    expect(pathIn(server, path).get('name')).toBe('Oma polku');
  });

  it('refuses a step signed in another’s name or re-signed, and takes one signed as oneself', () => {
    const { server, pekkas } = table();
    const add = (createdBy: PersonId) =>
      sentBy(server, (c) =>
        must(addStep(c, pekkas.path, { phase: 'ending', text: 'Jatko', createdBy }, { random: seededRandom(12) })),
      );
    expect(checkBoardWrites(server, add(ANNA), ANNA, false)).toEqual(ALLOWED);
    expect(checkBoardWrites(server, add(PEKKA), ANNA, false)).toEqual(refused('foreign-author'));
    const [step] = pekkas.steps as [StepId];
    const claim = sentBy(server, (c) => stepsOf(pathIn(c, pekkas.path)).get(step)?.set('createdBy', ANNA));
    expect(checkBoardWrites(server, claim, ANNA, false)).toEqual(refused('foreign-author'));
  });

  it("lets a participant's Undo of their own step in another's path through, not of another's step", () => {
    const { server, pekkas } = table();
    const client = copy(server);
    const undo = new Y.UndoManager(pathsMap(client), { captureTimeout: 0 });
    const sync = () => {
      const update = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
      const verdict = checkBoardWrites(server, update, ANNA, false);
      if (verdict.allowed) Y.applyUpdate(server, update);
      return verdict;
    };
    const added = must(addStep(client, pekkas.path, { phase: 'ending', text: 'Oma askel', createdBy: ANNA }));
    expect(sync()).toEqual(ALLOWED);
    undo.undo();
    expect(sync()).toEqual(ALLOWED);
    expect(stepsOf(pathIn(server, pekkas.path)).has(added)).toBe(false);
    const theirs = sentBy(server, (c) => {
      const signed = must(addStep(c, pekkas.path, { phase: 'ending', text: 'Pekan', createdBy: PEKKA }));
      expect(signed).toBeDefined();
    });
    Y.applyUpdate(server, theirs);
    const [pekkasStep] = [...stepsOf(pathIn(server, pekkas.path)).entries()]
      .filter(([, step]) => step.get('createdBy') === PEKKA)
      .map(([id]) => id);
    const removes = sentBy(server, (c) => stepsOf(pathIn(c, pekkas.path)).delete(pekkasStep ?? ''));
    expect(checkBoardWrites(server, removes, ANNA, false)).toEqual(refused('path-removal'));
  });
});
