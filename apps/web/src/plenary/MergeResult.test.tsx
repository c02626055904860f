import {
  addStep,
  createNote,
  createPath,
  type Language,
  mergeGroupBoards,
  type Result,
  readPaths,
  seedBoard,
} from '@avaa/board-model';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { plural } from '../i18n/index.ts';
import { usePreferences } from '../state/preferences.ts';
import { MergeResult } from './MergeResult.tsx';

function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function board(): Y.Doc {
  const doc = new Y.Doc();
  seedBoard(doc, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
  return doc;
}

/** Group 1 drew two paths (and no notes); the common table gets them by a real merge. */
function mergedPaths(): Y.Doc[] {
  const group = board();
  const walkIn = must(createNote(group, 'start:services', { text: 'Walk-in-ohjaus' }));
  const first = must(createPath(group, { name: 'Kertakävijä' }));
  must(addStep(group, first, { noteId: walkIn }));
  must(createPath(group, { name: 'Nuori, joka etsii opiskelupaikkaa' }));
  return [board(), group];
}

function showMerge(language: Language, common: Y.Doc, group: Y.Doc) {
  act(() => usePreferences.getState().chooseLanguage(language));
  const summary = must(mergeGroupBoards(common, [{ group: 1, doc: group }]));
  render(<MergeResult outcome={{ ok: true, summary, step: null, groups: [1] }} undo={null} onClose={() => {}} />);
}

describe('MergeResult with service paths', () => {
  for (const language of ['fi', 'sv', 'en'] as const) {
    it(`says how many paths were brought, in ${language}`, () => {
      const [common, group] = mergedPaths() as [Y.Doc, Y.Doc];
      showMerge(language, common, group);
      expect(screen.getByText(plural(language, 'pathChanges.merged', 2))).toBeTruthy();
      expect(screen.getByRole('heading', { name: plural(language, 'merge.done', 1) })).toBeTruthy();
    });
  }

  it('says steps added to paths brought before, and nothing about paths when none came', () => {
    const [common, group] = mergedPaths() as [Y.Doc, Y.Doc];
    must(mergeGroupBoards(common, [{ group: 1, doc: group }]));
    const [path] = readPaths(group);
    if (!path) throw new Error('no path');
    must(addStep(group, path.id, { phase: 'ending', text: 'Jatko-ohjaus' }));
    showMerge('fi', common, group);
    expect(screen.getByText(plural('fi', 'pathChanges.mergedSteps', 1))).toBeTruthy();
    expect(screen.queryByText(plural('fi', 'pathChanges.merged', 2))).toBeNull();
  });
});
