import { readGroups } from '@avaa/board-model';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/index.ts';
import { usePreferences } from '../../state/preferences.ts';
import { renderInWorkshop, workshopDoc } from '../../testing/workshopFixture.tsx';
import { GroupsSection } from '../GroupsSection.tsx';

function joined() {
  return workshopDoc({
    people: [
      { name: 'Opinto-ohjaaja', role: 'core-staff' },
      { name: 'Kelan palveluneuvoja', role: 'network-partner' },
      { name: 'Etsivä nuorisotyö', role: 'other-staff' },
    ],
  });
}

describe('groups starting from a copy of the common table', () => {
  for (const language of ['fi', 'sv'] as const) {
    it(`is the facilitator's choice when forming groups, off unless chosen (${language})`, async () => {
      act(() => usePreferences.getState().chooseLanguage(language));
      const { doc } = joined();
      renderInWorkshop(<GroupsSection />, doc);
      await userEvent.click(screen.getByRole('button', { name: translate(language, 'groups.auto.preview') }));
      const choice = screen.getByRole('checkbox', { name: translate(language, 'groupCopy.choice') });
      expect((choice as HTMLInputElement).checked).toBe(false);
      expect(choice.getAttribute('aria-describedby')).toBeTruthy();
      await userEvent.click(choice);
      await userEvent.click(screen.getByRole('button', { name: translate(language, 'groups.auto.apply') }));
      expect(readGroups(doc).length).toBeGreaterThan(0);
      // The fixture's server is unreachable: the copy waits for the grouping to be stored.
      expect(screen.getByRole('status').textContent).toBe(translate(language, 'groupCopy.copying'));
    });
  }
});
