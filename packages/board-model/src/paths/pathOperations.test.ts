import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import { addNote, seededBoard } from '../testing/board.ts';
import { must, pathWith } from '../testing/paths.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { createPath } from './createPath.ts';
import { deletePath } from './deletePath.ts';
import { MAX_PATH_NAME_LENGTH } from './pathRules.ts';
import { isPathId, type PathColour, type PathId, pathsMap, stepsOf } from './pathSchema.ts';
import { readPath, readPaths } from './readPaths.ts';
import { renamePath } from './renamePath.ts';

const options = (seed: number) => ({ random: seededRandom(seed), now: () => 1_000 + seed });

describe('createPath', () => {
  it('adds an empty path with its name, description and the first free colour', () => {
    const doc = seededBoard();
    const id = must(createPath(doc, { name: '  Kertakävijä ', description: 'Käy kerran\r\nei palaa' }, options(1)));
    expect(isPathId(id)).toBe(true);
    expect(readPath(doc, id)).toEqual({
      id,
      name: 'Kertakävijä',
      description: 'Käy kerran\nei palaa',
      colour: 'blue',
      createdAt: 1_001,
      source: null,
      steps: [],
      skippedPhases: ['before', 'start', 'during', 'ending', 'followup'],
      phasesWithoutService: [],
    });
    const second = must(
      createPath(doc, { name: 'Nuori, joka etsii opiskelupaikkaa', createdBy: 'abc' as PersonId }, options(2)),
    );
    expect(readPath(doc, second)).toMatchObject({ colour: 'red', createdBy: 'abc' });
    expect(readPaths(doc).map((path) => path.id)).toEqual([id, second]);
  });

  it('keeps a chosen colour, and rounds the palette when every colour is taken', () => {
    const doc = seededBoard();
    must(createPath(doc, { name: 'A', colour: 'black' }, options(1)));
    const colours = [2, 3, 4, 5, 6, 7].map(
      (seed) => readPath(doc, must(createPath(doc, { name: `P${seed}` }, options(seed))))?.colour,
    );
    expect(colours).toEqual(['blue', 'red', 'green', 'purple', 'orange', 'blue']);
  });

  it.each([
    [{ name: '' }, 'empty-name'],
    [{ name: ' \n ' }, 'empty-name'],
    [{ name: 'x'.repeat(MAX_PATH_NAME_LENGTH + 1) }, 'path-name-too-long'],
    [{ name: 'Kaksi\nriviä' }, 'control-character'],
    [{ name: 'kello\u0007' }, 'control-character'],
    [{ name: '\u202Eexe' }, 'control-character'],
    [{ name: 'A', description: 'x'.repeat(501) }, 'text-too-long'],
    [{ name: 'A', description: 'bell\u0007' }, 'control-character'],
    [{ name: 'A', colour: 'yellow' as PathColour }, 'unknown-colour'],
  ])('refuses %j with %s and writes nothing', (path, reason) => {
    const doc = seededBoard();
    expect(createPath(doc, path, options(1))).toEqual({ ok: false, error: reason });
    expect(pathsMap(doc).size).toBe(0);
  });

  it('takes a name of exactly the longest length', () => {
    const doc = seededBoard();
    expect(createPath(doc, { name: 'ä'.repeat(MAX_PATH_NAME_LENGTH) }, options(1)).ok).toBe(true);
  });
});

describe('renamePath', () => {
  it('changes only the fields given, and writes nothing when nothing differs', () => {
    const doc = seededBoard();
    const { path } = pathWith(doc, { name: 'Kertakävijä', description: 'Kuvaus' });
    expect(renamePath(doc, path, { name: 'Kertakävijä (drop-in)', colour: 'green' })).toEqual({ ok: true });
    expect(readPath(doc, path)).toMatchObject({
      name: 'Kertakävijä (drop-in)',
      description: 'Kuvaus',
      colour: 'green',
    });
    let updates = 0;
    doc.on('update', () => updates++);
    expect(renamePath(doc, path, { name: ' Kertakävijä (drop-in) ', description: 'Kuvaus' }).ok).toBe(true);
    expect(updates).toBe(0);
    expect(renamePath(doc, path, { description: '' }).ok).toBe(true);
    expect(readPath(doc, path)?.description).toBe('');
  });

  it('validates every field before writing any', () => {
    const doc = seededBoard();
    const { path } = pathWith(doc, 'Kertakävijä');
    expect(renamePath(doc, path, { name: 'Uusi', colour: 'pink' as PathColour })).toEqual({
      ok: false,
      error: 'unknown-colour',
    });
    expect(renamePath(doc, path, { name: '', description: 'ok' })).toEqual({ ok: false, error: 'empty-name' });
    expect(readPath(doc, path)).toMatchObject({ name: 'Kertakävijä', description: '' });
  });

  it('refuses an unknown or deleted path', () => {
    const doc = seededBoard();
    const { path } = pathWith(doc, 'Kertakävijä');
    expect(renamePath(doc, 'zzzzzzzzzzzz' as PathId, { name: 'X' })).toEqual({ ok: false, error: 'unknown-path' });
    deletePath(doc, path);
    expect(renamePath(doc, path, { name: 'X' })).toEqual({ ok: false, error: 'unknown-path' });
  });
});

describe('deletePath', () => {
  it('soft-deletes: gone from the readers, kept in the document with its steps and time', () => {
    const doc = seededBoard();
    const note = addNote(doc, 'start:services', 'Walk-in-ohjaus');
    const { path } = pathWith(doc, 'Kertakävijä', [note]);
    expect(deletePath(doc, path, { now: () => 5 })).toEqual({ ok: true });
    expect(readPaths(doc)).toEqual([]);
    expect(readPath(doc, path)).toBeUndefined();
    const entry = pathsMap(doc).get(path);
    expect(entry?.get('deleted')).toBe(true);
    expect(entry?.get('deletedAt')).toBe(5);
    expect(entry && stepsOf(entry).size).toBe(1);
    expect(deletePath(doc, path)).toEqual({ ok: false, error: 'unknown-path' });
  });

  it('is undone in one step, the path back with its steps', () => {
    const doc = seededBoard();
    const note = addNote(doc, 'start:services', 'Walk-in-ohjaus');
    const { path } = pathWith(doc, 'Kertakävijä', [note, { phase: 'ending', text: 'Ei jatkopolkua' }]);
    const undo = new Y.UndoManager(pathsMap(doc));
    deletePath(doc, path);
    undo.undo();
    expect(readPath(doc, path)?.steps.map((step) => step.note?.text ?? step.text)).toEqual([
      'Walk-in-ohjaus',
      'Ei jatkopolkua',
    ]);
  });
});
