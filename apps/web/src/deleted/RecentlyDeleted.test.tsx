import {
  addStep,
  createNote,
  createPath,
  deleteNote,
  deletePath,
  type Language,
  type PathId,
  pathsMap,
  type Result,
  readPath,
  seedBoard,
} from '@avaa/board-model';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { plural, translate } from '../i18n/index.ts';
import { usePreferences } from '../state/preferences.ts';
import { RecentlyDeleted } from './RecentlyDeleted.tsx';

function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** A board with a deleted note and a deleted path of two steps. */
function board(): { doc: Y.Doc; path: PathId } {
  const doc = new Y.Doc();
  seedBoard(doc, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
  const note = must(createNote(doc, 'start:services', { text: 'Walk-in-ohjaus' }));
  const path = must(createPath(doc, { name: 'Nuori, joka etsii opiskelupaikkaa' }));
  must(addStep(doc, path, { noteId: note }));
  must(addStep(doc, path, { phase: 'ending', text: 'Jatkopolku' }));
  must(deletePath(doc, path));
  deleteNote(doc, note);
  return { doc, path };
}

async function open(language: Language, doc: Y.Doc) {
  act(() => usePreferences.getState().chooseLanguage(language));
  render(<RecentlyDeleted doc={doc} />);
  await userEvent.click(screen.getByText(translate(language, 'deleted.heading', { count: 2 })));
}

describe('Recently deleted with service paths', () => {
  for (const language of ['fi', 'sv'] as const) {
    it(`lists a deleted path with its steps and restores it, in ${language}`, async () => {
      const { doc, path } = board();
      await open(language, doc);
      const heading = screen.getByRole('heading', { name: translate(language, 'pathChanges.deletedPaths') });
      const list = within(heading.nextElementSibling as HTMLElement);
      expect(list.getByText('Nuori, joka etsii opiskelupaikkaa')).toBeTruthy();
      expect(list.getByText(new RegExp(plural(language, 'pathChanges.steps', 2)))).toBeTruthy();
      await userEvent.click(
        list.getByRole('button', {
          name: translate(language, 'pathChanges.restoreNamed', { name: 'Nuori, joka etsii opiskelupaikkaa' }),
        }),
      );
      expect(readPath(doc, path)?.steps).toHaveLength(2);
      expect(screen.queryByRole('heading', { name: translate(language, 'pathChanges.deletedPaths') })).toBeNull();
    });
  }

  it('erases the deleted path now, with the notes, after asking', async () => {
    const { doc, path } = board();
    await open('fi', doc);
    await userEvent.click(screen.getByRole('button', { name: translate('fi', 'deleted.eraseNow') }));
    expect(screen.getByRole('alert').textContent).toBe(translate('fi', 'pathChanges.eraseConfirm'));
    await userEvent.click(screen.getByRole('button', { name: translate('fi', 'deleted.eraseConfirmYes') }));
    expect(pathsMap(doc).get(path)?.toJSON()).toMatchObject({ name: '', deleted: true });
    expect(JSON.stringify(pathsMap(doc).toJSON())).not.toContain('Jatkopolku');
    expect(screen.getByText(translate('fi', 'deleted.empty'))).toBeTruthy();
  });
});
