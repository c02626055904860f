import { addStep, createNote, createPath, deleteNote, seedBoard } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { pathsReading } from './paths.ts';

function must<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('pathsReading', () => {
  it('follows the paths and the notes their steps use, keeping an unchanged path', () => {
    const doc = new Y.Doc();
    seedBoard(doc, { title: 'Työpaja', language: 'fi', createdAt: 1 });
    const reading = pathsReading(doc);
    let calls = 0;
    const stop = reading.subscribe(() => calls++);
    const walkIn = must(createNote(doc, 'start:services', { text: 'Walk-in-ohjaus' }));
    const once = must(createPath(doc, { name: 'Kertakävijä' }));
    const student = must(createPath(doc, { name: 'Nuori, joka etsii opiskelupaikkaa' }));
    must(addStep(doc, once, { noteId: walkIn }));
    // Paths made in the same millisecond are ordered by their random ids: found by id here.
    const find = (paths: ReturnType<typeof reading.getSnapshot>, id: typeof once) => paths.find((p) => p.id === id);
    const before = reading.getSnapshot();
    expect([find(before, once)?.steps.length, find(before, student)?.steps.length]).toEqual([1, 0]);
    expect(find(before, once)?.steps[0]?.note?.text).toBe('Walk-in-ohjaus');

    must(deleteNote(doc, walkIn));
    const after = reading.getSnapshot();
    expect(find(after, once)?.steps[0]?.missingService).toBe(true);
    expect(find(after, student)).toBe(find(before, student));
    expect(reading.getSnapshot()).toBe(after);
    expect(calls).toBeGreaterThan(0);
    stop();
  });
});
