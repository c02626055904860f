import { addStep } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import { pickOf } from './pickStep.ts';
import { boardWithPath } from './testPaths.ts';

describe('picking a note while drawing a path', () => {
  it('adds a note not on the path as its next step', () => {
    const { view, notes } = boardWithPath();
    expect(pickOf(view(), notes.network)).toEqual({ kind: 'new' });
  });

  it('adds nothing for the note that is the last step now (a double click, a shaky tap)', () => {
    const { view, notes } = boardWithPath();
    expect(pickOf(view(), notes.walkIn)).toEqual({ kind: 'last', number: 2 });
  });

  it('adds an earlier step’s note again: the path comes back to that counter', () => {
    const { doc, path, view, notes } = boardWithPath();
    expect(pickOf(view(), notes.some)).toEqual({ kind: 'again', earlier: 1 });
    addStep(doc, path, { noteId: notes.network });
    addStep(doc, path, { noteId: notes.walkIn });
    // Said as the latest time the path was there.
    addStep(doc, path, { noteId: notes.network });
    expect(pickOf(view(), notes.walkIn)).toEqual({ kind: 'again', earlier: 4 });
  });

  it('treats a missing service as last step like any other: the next pick is new', () => {
    const { doc, path, view, notes } = boardWithPath();
    addStep(doc, path, { phase: 'during', text: 'Jatko-ohjaus puuttuu' });
    expect(pickOf(view(), notes.walkIn)).toEqual({ kind: 'again', earlier: 2 });
  });
});
