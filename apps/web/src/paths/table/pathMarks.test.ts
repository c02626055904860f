import { addStep, createPath, type PathId, stackNotes } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import { noteMarks, shareMarks } from './pathMarks.ts';
import { boardWithPath } from './testPaths.ts';

describe("a note's path marks", () => {
  it('names each shown path using the note with its letter and step numbers', () => {
    const { doc, path, notes, all, options } = boardWithPath();
    addStep(doc, path, { noteId: notes.some });
    const other = createPath(doc, { name: 'Nuori, joka etsii opiskelupaikkaa' }, options);
    if (!other.ok) throw new Error(other.error);
    addStep(doc, other.value, { noteId: notes.walkIn });
    const marks = noteMarks(all(), () => true);
    expect(marks.get(notes.some)).toEqual([{ path, letter: 'A', name: 'Kertakävijä', colour: 'blue', steps: [1, 3] }]);
    expect(marks.get(notes.walkIn)?.map((mark) => [mark.letter, mark.steps])).toEqual([
      ['A', [2]],
      ['B', [1]],
    ]);
    expect(marks.has(notes.network)).toBe(false);
  });

  it('marks only shown paths, and a hidden path keeps its letter for the others', () => {
    const { doc, path, notes, all, options } = boardWithPath();
    const other = createPath(doc, { name: 'Toinen' }, options);
    if (!other.ok) throw new Error(other.error);
    addStep(doc, other.value, { noteId: notes.walkIn });
    const marks = noteMarks(all(), (id: PathId) => id !== path);
    expect(marks.get(notes.walkIn)?.map((mark) => mark.letter)).toEqual(['B']);
    expect(marks.has(notes.some)).toBe(false);
  });

  it('puts a step on a note hidden in a stack on the stack’s head', () => {
    const { doc, notes, all } = boardWithPath();
    expect(stackNotes(doc, notes.dropIn, [notes.walkIn]).ok).toBe(true);
    const marks = noteMarks(all(), () => true);
    expect(marks.get(notes.dropIn)?.[0]?.steps).toEqual([2]);
    expect(marks.has(notes.walkIn)).toBe(false);
  });

  it('keeps the marks of a note that did not change, so that note does not re-render', () => {
    const { doc, path, notes, all } = boardWithPath();
    const before = noteMarks(all(), () => true);
    addStep(doc, path, { noteId: notes.network });
    const after = shareMarks(
      before,
      noteMarks(all(), () => true),
    );
    expect(after.get(notes.some)).toBe(before.get(notes.some));
    expect(after.get(notes.network)?.[0]?.steps).toEqual([3]);
  });
});
