import { createPath, type Result, seedBoard, seedWorkshop } from '@avaa/board-model';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { plural, translate } from '../../i18n/index.ts';
import { usePreferences } from '../../state/preferences.ts';
import { CloseRoundForm } from './CloseRoundForm.tsx';

function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('CloseRoundForm', () => {
  for (const language of ['fi', 'sv'] as const) {
    it(`says the round keeps the service paths too, counted, in ${language}`, () => {
      act(() => usePreferences.getState().chooseLanguage(language));
      const workshop = new Y.Doc();
      seedWorkshop(workshop, { title: 'Kehittämispäivä', language, createdAt: 1 });
      const table = new Y.Doc();
      seedBoard(table, { title: 'Kehittämispäivä', language, createdAt: 1 });
      must(createPath(table, { name: 'Kertakävijä' }));
      must(createPath(table, { name: 'Nuori, joka etsii opiskelupaikkaa' }));
      render(
        <CloseRoundForm
          workshopDoc={workshop}
          tableDoc={table}
          tableReady
          notes={1}
          agreements={0}
          onClosed={() => {}}
        />,
      );
      const expected = translate(language, 'pathChanges.closeContents', {
        noteWords: plural(language, 'count.notes', 1),
        pathWords: plural(language, 'pathChanges.count', 2),
        agreementWords: plural(language, 'count.agreements', 0),
      });
      expect(screen.getByText(expected)).toBeTruthy();
    });
  }
});
