import { describe, expect, it } from 'vitest';
import { addNote, seededBoard } from '../testing/board.ts';
import { must, pathWith } from '../testing/paths.ts';
import { deletePath } from './deletePath.ts';
import { eraseDeletedPaths } from './eraseDeletedPaths.ts';
import { type PathId, pathsMap, type StepId } from './pathSchema.ts';
import { readPath, readPaths } from './readPaths.ts';
import { removeStep } from './removeStep.ts';
import { recentlyDeletedPaths, restorePath, restoreStep } from './restorePath.ts';

function board() {
  const doc = seededBoard();
  const walkIn = addNote(doc, 'start:services', 'Walk-in-ohjaus', 1);
  const first = pathWith(doc, 'Kertakävijä', [walkIn, { phase: 'ending', text: 'Jatkopolku' }], 100).path;
  const second = pathWith(doc, 'Nuori, joka etsii opiskelupaikkaa', [], 200).path;
  return { doc, first, second };
}

describe('recently deleted paths', () => {
  it('lists deleted paths newest delete first, with their steps counted; live and erased ones not', () => {
    const { doc, first, second } = board();
    const third = pathWith(doc, 'Erased', [], 300).path;
    must(deletePath(doc, first, { now: () => 10 }));
    must(deletePath(doc, second, { now: () => 20 }));
    must(deletePath(doc, third, { now: () => 30 }));
    pathsMap(doc).get(third)?.set('name', '');
    expect(recentlyDeletedPaths(doc).map((p) => [p.name, p.steps, p.deletedAt])).toEqual([
      ['Nuori, joka etsii opiskelupaikkaa', 0, 20],
      ['Kertakävijä', 2, 10],
    ]);
  });

  it('erasing now empties every deleted path: none is left to restore', () => {
    const { doc, first } = board();
    must(deletePath(doc, first));
    expect(eraseDeletedPaths(doc)).toBe(1);
    expect(recentlyDeletedPaths(doc)).toEqual([]);
  });
});

describe('restorePath', () => {
  it('brings a deleted path back with its steps and forgets when it was deleted', () => {
    const { doc, first } = board();
    const before = readPath(doc, first);
    must(deletePath(doc, first, { now: () => 10 }));
    expect(readPath(doc, first)).toBeUndefined();
    expect(restorePath(doc, first)).toEqual({ ok: true, value: undefined });
    expect(readPath(doc, first)).toEqual(before);
    expect(pathsMap(doc).get(first)?.has('deletedAt')).toBe(false);
    expect(recentlyDeletedPaths(doc)).toEqual([]);
  });

  it('refuses a live path, an unknown or malformed id, and writes nothing', () => {
    const { doc, first } = board();
    let updates = 0;
    doc.on('update', () => updates++);
    expect(restorePath(doc, first)).toEqual({ ok: false, error: 'path-not-deleted' });
    expect(restorePath(doc, 'zzzzzzzzzzzz' as PathId)).toEqual({ ok: false, error: 'unknown-path' });
    expect(restorePath(doc, '../notes' as PathId)).toEqual({ ok: false, error: 'unknown-path' });
    expect(updates).toBe(0);
    expect(readPaths(doc)).toHaveLength(2);
  });
});

describe('restoreStep', () => {
  const free = (text: string) => ({ phase: 'start' as const, text });

  it('brings a removed step back in its place, and refuses what the board does not have', () => {
    const doc = seededBoard();
    const { path, steps } = pathWith(doc, 'Kertakävijä', [free('Walk-in'), free('Chat'), free('Nettiohjaus')]);
    must(removeStep(doc, path, steps[1] as StepId));
    must(restoreStep(doc, path, steps[1] as StepId));
    expect(readPath(doc, path)?.steps.map((step) => step.text)).toEqual(['Walk-in', 'Chat', 'Nettiohjaus']);
    expect(restoreStep(doc, path, 'zzzzzzzzzzzz' as StepId)).toEqual({ ok: false, error: 'unknown-step' });
  });
});
