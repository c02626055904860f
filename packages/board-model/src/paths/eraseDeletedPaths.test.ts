import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  pathDeletionKey,
  pathsChangedBy,
  recordPathDeletionTimes,
  stepRemovalKey,
} from '../deletion/pathDeletionTimes.ts';
import { deletionsMap } from '../schema.ts';
import { seededBoard } from '../testing/board.ts';
import { must, pathWith } from '../testing/paths.ts';
import { deletePath } from './deletePath.ts';
import { eraseDeletedPaths, holdsErasedPath } from './eraseDeletedPaths.ts';
import { pathsMap, stepsOf } from './pathSchema.ts';
import { removeStep } from './removeStep.ts';

const WEEK = 7 * 24 * 60 * 60 * 1000;

/** A board with a path of two steps (one with a risk) and another path. */
function board() {
  const doc = seededBoard();
  const kept = pathWith(doc, { name: 'Kertakävijä', description: 'Käy kerran' }, [
    { phase: 'start', text: 'Päivystys', risk: { kind: 'drop-out', reason: 'Ei jatkoaikaa' } },
    { phase: 'ending', text: 'Ei jatkopolkua' },
  ]);
  const gone = pathWith(
    doc,
    { name: 'Monialainen tuki', description: 'Monta luukkua' },
    [{ phase: 'during', text: 'Kolme eri luukkua', risk: { kind: 'counter-to-counter', reason: 'Luukutus' } }],
    200,
  );
  return { doc, kept, gone };
}

const entry = (doc: Y.Doc, id: string) => pathsMap(doc).get(id) as Y.Map<unknown>;
const stepIn = (doc: Y.Doc, path: string, step: string) => stepsOf(entry(doc, path)).get(step) as Y.Map<unknown>;

describe('path deletion times', () => {
  it('dates a deleted path and a removed step once, and forgets them when restored', () => {
    const { doc, kept, gone } = board();
    const [first] = kept.steps;
    if (!first) throw new Error('no step');
    must(deletePath(doc, gone.path));
    must(removeStep(doc, kept.path, first));
    expect(recordPathDeletionTimes(doc, [kept.path, gone.path], 10)).toBe(2);
    expect(recordPathDeletionTimes(doc, [kept.path, gone.path], 20)).toBe(0);
    expect(deletionsMap(doc).get(pathDeletionKey(gone.path))).toBe(10);
    expect(deletionsMap(doc).get(stepRemovalKey(kept.path, first))).toBe(10);
    entry(doc, gone.path).set('deleted', false);
    stepIn(doc, kept.path, first).set('removed', false);
    expect(recordPathDeletionTimes(doc, [kept.path, gone.path], 30)).toBe(2);
    expect(deletionsMap(doc).size).toBe(0);
  });

  it('names the path a change inside it touched', () => {
    const { doc, kept } = board();
    const [first] = kept.steps;
    if (!first) throw new Error('no step');
    const changed: Set<string>[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => changed.push(pathsChangedBy(transaction)));
    removeStep(doc, kept.path, first);
    expect(changed).toEqual([new Set([kept.path])]);
  });
});

describe('eraseDeletedPaths', () => {
  it('erases a deleted path’s and a removed step’s texts only past the grace, leaving the rest', () => {
    const { doc, kept, gone } = board();
    const [first, second] = kept.steps;
    if (!first || !second) throw new Error('no steps');
    must(deletePath(doc, gone.path));
    must(removeStep(doc, kept.path, first));
    recordPathDeletionTimes(doc, [kept.path, gone.path], 0);
    expect(eraseDeletedPaths(doc, { now: WEEK - 1, graceMs: WEEK })).toBe(0);
    expect(entry(doc, gone.path).get('name')).toBe('Monialainen tuki');
    expect(holdsErasedPath(doc)).toBe(false);

    expect(eraseDeletedPaths(doc, { now: WEEK, graceMs: WEEK })).toBe(2);
    expect(entry(doc, gone.path).toJSON()).toMatchObject({ name: '', description: '', deleted: true });
    const [goneStep] = gone.steps;
    expect(stepIn(doc, gone.path, goneStep ?? '').toJSON()).toMatchObject({
      text: '',
      risk: { kind: 'counter-to-counter', reason: '' },
    });
    expect(stepIn(doc, kept.path, first).toJSON()).toMatchObject({ text: '', removed: true, risk: { reason: '' } });
    expect(stepIn(doc, kept.path, second).get('text')).toBe('Ei jatkopolkua');
    expect(entry(doc, kept.path).get('name')).toBe('Kertakävijä');
    expect(holdsErasedPath(doc)).toBe(true);
    expect(eraseDeletedPaths(doc, { now: WEEK, graceMs: WEEK })).toBe(0);
  });

  it('dates an undated delete now, giving it the whole grace; without a grace erases at once', () => {
    const { doc, gone } = board();
    must(deletePath(doc, gone.path));
    expect(eraseDeletedPaths(doc, { now: 5, graceMs: WEEK })).toBe(0);
    expect(deletionsMap(doc).get(pathDeletionKey(gone.path))).toBe(5);
    expect(eraseDeletedPaths(doc)).toBe(1);
    expect(entry(doc, gone.path).get('name')).toBe('');
  });
});
