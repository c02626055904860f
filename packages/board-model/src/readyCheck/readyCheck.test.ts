import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setFocus } from '../facilitation/focus.ts';
import { setStage } from '../facilitation/stage.ts';
import type { PersonId } from '../groups/participants.ts';
import { exchange } from '../testing/board.ts';
import { addPerson } from '../workshop/operations/addPerson.ts';
import { movePerson } from '../workshop/operations/movePerson.ts';
import { removePerson } from '../workshop/operations/removePerson.ts';
import { seedWorkshop } from '../workshop/seedWorkshop.ts';
import { readReadyCheck, readReadyCheckState, readyAnswersMap } from './readyCheck.ts';
import { endReadyCheck, startReadyCheck, writeReadyAnswer } from './readyCheckOperations.ts';

function workshop(): Y.Doc {
  const doc = new Y.Doc();
  seedWorkshop(doc, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
  return doc;
}

function join(doc: Y.Doc, name: string, at: number): PersonId {
  const added = addPerson(doc, { name, role: 'core-staff' }, { now: () => at });
  if (!added.ok) throw new Error(added.error);
  return added.value;
}

function start(doc: Y.Doc, scope: 'people' | 'groups'): string {
  const started = startReadyCheck(doc, scope, { now: () => 100 });
  if (!started.ok) throw new Error(started.error);
  return started.value;
}

describe('the ready check', () => {
  it('counts each person present; answers change; removed people are not counted', () => {
    const doc = workshop();
    const [anna, bertil, cilla] = [join(doc, 'Anna', 1), join(doc, 'Bertil', 2), join(doc, 'Cilla', 3)];
    expect(readReadyCheckState(doc)).toBeNull();
    const check = start(doc, 'people');
    expect(readReadyCheckState(doc)).toMatchObject({ id: check, scope: 'people', ready: 0, total: 3 });
    expect(writeReadyAnswer(doc, check, anna, 'ready').ok).toBe(true);
    expect(writeReadyAnswer(doc, check, bertil, 'more-time').ok).toBe(true);
    let state = readReadyCheckState(doc);
    expect(state?.answerers.map((entry) => entry.answer)).toEqual(['ready', 'more-time', null]);
    expect(writeReadyAnswer(doc, check, bertil, 'ready').ok).toBe(true);
    expect(readReadyCheckState(doc)).toMatchObject({ ready: 2, total: 3 });
    removePerson(doc, cilla);
    state = readReadyCheckState(doc);
    expect(state).toMatchObject({ ready: 2, total: 2 });
    expect(writeReadyAnswer(doc, check, cilla, 'ready')).toEqual({ ok: false, error: 'not-in-ready-check' });
  });

  it('a group answers as one: any member, the last answer holds; people in no group are not asked', () => {
    const doc = workshop();
    const [anna, bertil, cilla, daniel] = ['Anna', 'Bertil', 'Cilla', 'Daniel'].map((name, i) =>
      join(doc, name, i),
    ) as [PersonId, PersonId, PersonId, PersonId];
    expect(startReadyCheck(doc, 'groups')).toEqual({ ok: false, error: 'unknown-group' });
    movePerson(doc, anna, 1);
    movePerson(doc, bertil, 1);
    movePerson(doc, cilla, 2);
    const check = start(doc, 'groups');
    expect(readReadyCheckState(doc)?.answerers.map((entry) => entry.key)).toEqual(['group-1', 'group-2']);
    expect(writeReadyAnswer(doc, check, anna, 'ready').ok).toBe(true);
    expect(writeReadyAnswer(doc, check, bertil, 'more-time').ok).toBe(true);
    expect(writeReadyAnswer(doc, check, daniel, 'ready')).toEqual({ ok: false, error: 'not-in-ready-check' });
    expect(readReadyCheckState(doc)?.answerers.map((entry) => entry.answer)).toEqual(['more-time', null]);
    expect(writeReadyAnswer(doc, check, cilla, 'ready').ok).toBe(true);
    expect(readReadyCheckState(doc)).toMatchObject({ ready: 1, total: 2 });
  });

  it('moving on (stage or focus) ends the check in the same transaction; the facilitator can end it', () => {
    const doc = workshop();
    const anna = join(doc, 'Anna', 1);
    let check = start(doc, 'people');
    const transactions: boolean[] = [];
    doc.on('afterTransaction', () => transactions.push(readReadyCheck(doc) === null));
    expect(setStage(doc, 'group-work').ok).toBe(true);
    expect(transactions).toEqual([true]);
    expect(writeReadyAnswer(doc, check, anna, 'ready')).toEqual({ ok: false, error: 'no-ready-check' });

    check = start(doc, 'people');
    expect(setStage(doc, 'group-work').ok).toBe(true);
    expect(readReadyCheck(doc)?.id).toBe(check);
    expect(setFocus(doc, { board: 'plenary' }).ok).toBe(true);
    expect(readReadyCheck(doc)).toBeNull();

    check = start(doc, 'people');
    expect(setFocus(doc, { board: 'plenary' }).ok).toBe(true);
    expect(readReadyCheck(doc)?.id).toBe(check);
    expect(setFocus(doc, { board: 'plenary', cell: 'start:services' }).ok).toBe(true);
    expect(readReadyCheck(doc)).toBeNull();

    start(doc, 'people');
    expect(endReadyCheck(doc).ok).toBe(true);
    expect(endReadyCheck(doc)).toEqual({ ok: false, error: 'no-ready-check' });
  });

  it('an answer to an earlier check is refused; a new check starts from nobody and drops old answers', () => {
    const doc = workshop();
    const anna = join(doc, 'Anna', 1);
    const first = start(doc, 'people');
    expect(writeReadyAnswer(doc, first, anna, 'ready').ok).toBe(true);
    const second = start(doc, 'people');
    expect(readReadyCheckState(doc)).toMatchObject({ ready: 0, total: 1 });
    expect(writeReadyAnswer(doc, first, anna, 'ready')).toEqual({ ok: false, error: 'no-ready-check' });
    expect(writeReadyAnswer(doc, second, anna, 'more-time').ok).toBe(true);
    expect([...readyAnswersMap(doc).keys()]).toEqual([`${second} ${anna}`]);
    expect(writeReadyAnswer(doc, second, anna, 'maybe' as never)).toEqual({ ok: false, error: 'unknown-ready-answer' });
    expect(startReadyCheck(doc, 'everyone' as never)).toEqual({ ok: false, error: 'unknown-ready-scope' });
  });

  it('reads a foreign stored value as no check, and converges between two writers', () => {
    const a = workshop();
    const b = new Y.Doc();
    a.getMap('settings').set('readyCheck', { id: 7, scope: 'people' });
    expect(readReadyCheck(a)).toBeNull();
    exchange(a, b);
    start(a, 'people');
    endReadyCheck(b);
    exchange(a, b);
    expect(readReadyCheck(a)).toEqual(readReadyCheck(b));
  });
});
