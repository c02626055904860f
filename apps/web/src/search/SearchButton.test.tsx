// y-indexeddb keeps the common table's local copy; jsdom has no IndexedDB of its own.
import 'fake-indexeddb/auto';
import { addAgreement } from '@avaa/board-model';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../i18n/index.ts';
import { usePreferences } from '../state/preferences.ts';
import { renderInWorkshop, workshopDoc } from '../testing/workshopFixture.tsx';
import { SearchButton } from './SearchButton.tsx';

// jsdom has <dialog> but not its modal methods: the browser's behaviour is the e2e test's (search.test.ts).
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
});

describe('SearchButton', () => {
  for (const language of ['fi', 'sv'] as const) {
    it(`opens with "/", finds an agreement item without its dots, says how many, and closes with Escape (focus back: e2e) (${language})`, async () => {
      act(() => usePreferences.getState().chooseLanguage(language));
      const { doc } = workshopDoc();
      addAgreement(doc, 'decide-now', { text: 'Yhteinen päivystys torstaisin', owner: 'Nuorisotyö' });
      const user = userEvent.setup();
      renderInWorkshop(<SearchButton />, doc);
      const opener = screen.getByRole('button', { name: translate(language, 'search.open') });
      expect(opener.getAttribute('aria-keyshortcuts')).toBe('/ Control+K');
      await user.keyboard('/');
      const field = await screen.findByRole('searchbox', { name: translate(language, 'search.label') });
      await user.type(field, 'PAIVYSTYS');
      await waitFor(() =>
        expect(screen.getByRole('status').textContent).toBe(translate(language, 'search.count.one', { count: 1 })),
      );
      const result = screen.getAllByRole('button').find((button) => button.textContent?.includes('Yhteinen päivystys'));
      expect(result?.querySelector('mark')?.textContent).toBe('päivystys');
      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('searchbox')).toBeNull());
    });
  }

  it('leaves "/" alone while a person types in a field', async () => {
    const { doc } = workshopDoc();
    const user = userEvent.setup();
    renderInWorkshop(
      <>
        <input aria-label="lappu" />
        <SearchButton />
      </>,
      doc,
    );
    await user.type(screen.getByRole('textbox', { name: 'lappu' }), 'a/b');
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect((screen.getByRole('textbox', { name: 'lappu' }) as HTMLInputElement).value).toBe('a/b');
  });
});
