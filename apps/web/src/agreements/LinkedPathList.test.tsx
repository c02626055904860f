import {
  addAgreement,
  createPath,
  deletePath,
  type Language,
  linkPathToAgreement,
  type PathId,
  type Result,
  readAgreements,
  seedBoard,
  seedWorkshop,
} from '@avaa/board-model';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { translate } from '../i18n/index.ts';
import { usePreferences } from '../state/preferences.ts';
import { LinkedPathList } from './LinkedPathList.tsx';
import { useLinkedPaths } from './linkedPaths.ts';
import { useAgreements } from './registerData.ts';

function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function docs() {
  const workshop = new Y.Doc();
  seedWorkshop(workshop, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
  const table = new Y.Doc();
  seedBoard(table, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
  const visitor = must(createPath(table, { name: 'Kertakävijä' }));
  const student = must(createPath(table, { name: 'Nuori, joka etsii opiskelupaikkaa' }));
  must(addAgreement(workshop, 'other-material', { text: 'Päivitetään palvelupolkukuvaukset' }));
  return { workshop, table, visitor, student };
}

/** The item's paths as the agreements page shows them, read live from both documents. */
function Item({ workshop, table, edit }: { workshop: Y.Doc; table: Y.Doc; edit: boolean }) {
  const [item] = useAgreements(workshop);
  const paths = useLinkedPaths(table);
  const linking = edit ? { workshopDoc: workshop, tableDoc: table, announce: () => {} } : undefined;
  return item ? <LinkedPathList item={item} paths={paths} linking={linking} /> : null;
}

function show(language: Language, workshop: Y.Doc, table: Y.Doc, edit: boolean) {
  act(() => usePreferences.getState().chooseLanguage(language));
  render(<Item workshop={workshop} table={table} edit={edit} />);
}

const linkedPaths = (workshop: Y.Doc): readonly PathId[] => readAgreements(workshop)[0]?.paths ?? [];

describe('an agreement item linking service paths', () => {
  for (const language of ['fi', 'sv'] as const) {
    it(`the facilitator links a path of the common table and unlinks it, in ${language}`, async () => {
      const { workshop, table, student } = docs();
      show(language, workshop, table, true);
      await userEvent.selectOptions(
        screen.getByRole('combobox', { name: translate(language, 'pathChanges.linkLabel') }),
        'Nuori, joka etsii opiskelupaikkaa',
      );
      await userEvent.click(screen.getByRole('button', { name: translate(language, 'pathChanges.link') }));
      expect(linkedPaths(workshop)).toEqual([student]);
      const list = within(screen.getByRole('list'));
      expect(list.getByText('Nuori, joka etsii opiskelupaikkaa')).toBeTruthy();
      // A linked path is no longer offered.
      expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Kertakävijä']);
      await userEvent.click(
        list.getByRole('button', {
          name: translate(language, 'pathChanges.unlinkNamed', { name: 'Nuori, joka etsii opiskelupaikkaa' }),
        }),
      );
      expect(linkedPaths(workshop)).toEqual([]);
    });
  }

  it('shows a deleted path as deleted, and to readers no controls', async () => {
    const { workshop, table, visitor } = docs();
    const [item] = readAgreements(workshop);
    must(linkPathToAgreement(workshop, table, item?.id ?? '', visitor));
    must(deletePath(table, visitor));
    show('fi', workshop, table, false);
    expect(screen.getByText(translate('fi', 'pathChanges.pathGone'))).toBeTruthy();
    expect(screen.queryByText('Kertakävijä')).toBeNull();
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});
