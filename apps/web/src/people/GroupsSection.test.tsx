import { movePerson, readGroups, readPeople } from '@avaa/board-model';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/index.ts';
import { usePreferences } from '../state/preferences.ts';
import { renderInWorkshop, workshopDoc } from '../testing/workshopFixture.tsx';
import { GroupsSection } from './GroupsSection.tsx';

/** Three who do not know the whole Ohjaamo, and one who does. */
function joined() {
  return workshopDoc({
    people: [
      { name: 'Opinto-ohjaaja', role: 'other-staff' },
      { name: 'Kelan palveluneuvoja', role: 'network-partner' },
      { name: 'Etsivä nuorisotyö', role: 'other-staff' },
      { name: 'Työvalmentaja', role: 'core-staff' },
    ],
  });
}

describe('GroupsSection', () => {
  for (const language of ['fi', 'sv'] as const) {
    it(`says in words (${language}) which rule a group made by hand breaks, and stops once it is kept`, () => {
      act(() => usePreferences.getState().chooseLanguage(language));
      const { doc, ids } = joined();
      const [coreStaff] = ids.splice(3, 1);
      for (const id of ids) movePerson(doc, id, 1);
      renderInWorkshop(<GroupsSection />, doc);
      const noCore = translate(language, 'grouping.problem.no-core-staff', { group: 1 });
      expect(screen.getByRole('heading', { name: translate(language, 'groups.problems.heading') })).toBeTruthy();
      expect(screen.getByText(noCore)).toBeTruthy();
      expect(screen.getByText(translate(language, 'groups.unassigned', { names: 'Työvalmentaja' }))).toBeTruthy();

      act(() => void (coreStaff && movePerson(doc, coreStaff, 1)));
      expect(screen.queryByText(noCore)).toBeNull();
      expect(screen.getByText(translate(language, 'groups.problems.none'))).toBeTruthy();
    });
  }

  it('puts a proposal in use: the groups are written to the workshop document', async () => {
    act(() => usePreferences.getState().chooseLanguage('fi'));
    const { doc } = joined();
    renderInWorkshop(<GroupsSection />, doc);
    expect(screen.getByText(translate('fi', 'groups.current.none'))).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: translate('fi', 'groups.auto.preview') }));
    expect(readGroups(doc)).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: translate('fi', 'groups.auto.apply') }));
    expect(readGroups(doc).length).toBeGreaterThan(0);
    expect(readPeople(doc).every((person) => person.group !== null)).toBe(true);
    expect(screen.getByRole('status').textContent).toBe(translate('fi', 'groups.auto.applied'));
  });
});
