import { addStep, createPath, type PathId, pathsMap } from '@avaa/board-model';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { exceededPathLimit } from './pathLimits.ts';

function withPath(steps: number): { doc: Y.Doc; path: PathId } {
  const doc = new Y.Doc();
  const created = createPath(doc, { name: 'Kertakävijä' });
  if (!created.ok) throw new Error(created.error);
  for (let index = 0; index < steps; index++) addStep(doc, created.value, { phase: 'start', text: `Askel ${index}` });
  return { doc, path: created.value };
}

/** What `change` writes into a copy of `doc`, decoded as the server decodes a client's update. */
function changeOf(doc: Y.Doc, change: (copy: Y.Doc) => void) {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  change(copy);
  return Y.decodeUpdate(Y.encodeStateAsUpdate(copy, before)).structs;
}

const stepsIn = (doc: Y.Doc, path: PathId) => pathsMap(doc).get(path)?.get('steps') as Y.Map<unknown>;

describe('exceededPathLimit', () => {
  test('counts new path keys against the limit; edits of existing paths never count', () => {
    const { doc, path } = withPath(0);
    const add = (copy: Y.Doc) => createPath(copy, { name: 'Opiskelupaikka' });
    expect(exceededPathLimit(doc, changeOf(doc, add), 2, 5)).toBeUndefined();
    expect(exceededPathLimit(doc, changeOf(doc, add), 1, 5)).toBe('too-many-paths');
    const rename = (copy: Y.Doc) => pathsMap(copy).get(path)?.set('name', 'Uusi nimi');
    expect(exceededPathLimit(doc, changeOf(doc, rename), 1, 5)).toBeUndefined();
  });

  test('counts new step keys per path, the steps of a new path too; edits of steps never count', () => {
    const { doc, path } = withPath(2);
    const add = (copy: Y.Doc) => addStep(copy, path, { phase: 'ending', text: 'Jatko' });
    expect(exceededPathLimit(doc, changeOf(doc, add), 5, 3)).toBeUndefined();
    expect(exceededPathLimit(doc, changeOf(doc, add), 5, 2)).toBe('too-many-steps');
    const edit = (copy: Y.Doc) => {
      for (const step of stepsIn(copy, path).values()) (step as Y.Map<unknown>).set('text', 'Muutettu');
    };
    expect(exceededPathLimit(doc, changeOf(doc, edit), 5, 2)).toBeUndefined();
    const fresh = (copy: Y.Doc) => {
      const created = createPath(copy, { name: 'Monialainen tuki' });
      if (!created.ok) throw new Error(created.error);
      for (const phase of ['before', 'start', 'during'] as const) addStep(copy, created.value, { phase, text: phase });
    };
    expect(exceededPathLimit(doc, changeOf(doc, fresh), 5, 3)).toBeUndefined();
    expect(exceededPathLimit(doc, changeOf(doc, fresh), 5, 2)).toBe('too-many-steps');
  });

  test('a step key erased and set again counts as a new step', () => {
    const { doc, path } = withPath(2);
    const [id] = [...stepsIn(doc, path).keys()];
    if (!id) throw new Error('no step');
    stepsIn(doc, path).delete(id);
    const revive = (copy: Y.Doc) => stepsIn(copy, path).set(id, new Y.Map());
    expect(exceededPathLimit(doc, changeOf(doc, revive), 5, 1)).toBe('too-many-steps');
    expect(exceededPathLimit(doc, changeOf(doc, revive), 5, 2)).toBeUndefined();
  });
});
