import {
  copyNoteId,
  copyTableToGroup,
  createNote,
  deleteNote,
  mergeGroupBoards,
  type Result,
  seedBoard,
} from '@avaa/board-model';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { translate } from '../i18n/index.ts';
import { MergeResult } from '../plenary/MergeResult.tsx';
import { usePreferences } from '../state/preferences.ts';

function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function board(): Y.Doc {
  const doc = new Y.Doc();
  seedBoard(doc, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
  return doc;
}

describe("a merge's details name the copies a group removed", () => {
  for (const language of ['fi', 'sv'] as const) {
    it(`says which group removed its copy and that the note stays (${language})`, () => {
      act(() => usePreferences.getState().chooseLanguage(language));
      const common = board();
      const chat = must(createNote(common, 'start:services', { text: 'Chat-palvelu' }));
      const group = board();
      must(copyTableToGroup(common, group, 2));
      must(deleteNote(group, copyNoteId(2, chat)));
      const summary = must(mergeGroupBoards(common, [{ group: 2, doc: group }]));
      render(<MergeResult outcome={{ ok: true, summary, step: null, groups: [2] }} undo={null} onClose={() => {}} />);
      const said = translate(language, 'groupCopy.removed', {
        group: translate(language, 'group.name', { number: 2 }),
        text: 'Chat-palvelu',
      });
      expect(screen.getByText(said)).toBeTruthy();
      expect(screen.getByText(said).closest('details')?.open).toBe(true);
    });
  }
});
