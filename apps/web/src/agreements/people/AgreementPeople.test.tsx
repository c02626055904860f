// y-indexeddb keeps the common table's local copy; jsdom has no IndexedDB of its own.
import 'fake-indexeddb/auto';
import {
  AGREEMENT_SECTIONS,
  addAgreement,
  type Language,
  proposeAgreement,
  readAgreement,
  readAgreements,
  readProposals,
  renamePerson,
} from '@avaa/board-model';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/index.ts';
import { usePreferences } from '../../state/preferences.ts';
import { renderInWorkshop, workshopDoc } from '../../testing/workshopFixture.tsx';
import { AgreementsPage } from '../AgreementsPage.tsx';

const [first] = AGREEMENT_SECTIONS;
if (!first) throw new Error('the method has six questions');

function open(language: Language, access: { role?: 'facilitator' | 'participant'; as?: 0 | 1 } = {}) {
  act(() => usePreferences.getState().chooseLanguage(language));
  const { doc, ids } = workshopDoc({
    people: [
      { name: 'Aino', role: 'core-staff' },
      { name: 'Pekka', role: 'network-partner' },
    ],
  });
  const personId = access.as === undefined ? null : (ids[access.as] ?? null);
  renderInWorkshop(<AgreementsPage />, doc, { role: access.role ?? 'facilitator', personId });
  return { doc, ids };
}

function must<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('agreements with people', () => {
  it("the facilitator picks an item's owner from the people; the register follows a rename", async () => {
    const { doc, ids } = open('sv');
    const id = must(addAgreement(doc, first.id, { text: 'Gemensam tidsbokning' }));
    const item = await screen.findByRole('article', {
      name: translate('sv', 'agreements.itemLabel', { text: 'Gemensam tidsbokning' }),
    });
    const owner = within(item).getByRole('combobox', { name: translate('sv', 'owner.label') });
    expect(
      within(owner)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([translate('sv', 'owner.none'), 'Aino', 'Pekka', translate('sv', 'owner.other')]);
    await userEvent.selectOptions(owner, 'Pekka');
    expect(readAgreement(doc, id)).toMatchObject({ owner: 'Pekka', ownerPerson: ids[1] });
    act(() => void renamePerson(doc, ids[1] as never, 'Pekka Öberg'));
    expect(within(owner).getByRole('option', { name: 'Pekka Öberg' })).toHaveProperty('selected', true);
    await userEvent.selectOptions(owner, translate('sv', 'owner.none'));
    expect(readAgreement(doc, id)).toMatchObject({ owner: '', ownerPerson: null });
  });

  it("the facilitator sees a participant's proposal under its question and accepts it", async () => {
    const { doc, ids } = open('fi');
    const id = must(proposeAgreement(doc, first.id, 'Chat-päivystys iltaisin', ids[0] as never));
    const proposal = await screen.findByRole('article', {
      name: translate('fi', 'agreements.itemLabel', { text: 'Chat-päivystys iltaisin' }),
    });
    expect(within(proposal).getByText(translate('fi', 'proposal.by', { name: 'Aino' }))).toBeTruthy();
    expect(
      screen.getByRole('heading', { level: 3, name: translate('fi', 'proposal.heading', { count: 1 }) }),
    ).toBeTruthy();
    await userEvent.click(
      within(proposal).getByRole('button', {
        name: translate('fi', 'proposal.acceptNamed', { text: 'Chat-päivystys iltaisin' }),
      }),
    );
    expect(readProposals(doc)).toEqual([]);
    expect(readAgreements(doc).map((item) => item.id)).toEqual([id]);
    expect(screen.getByText(translate('fi', 'proposal.accepted', { section: first.title.fi }))).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
  });

  it('a participant reads their own proposal as theirs and another as proposed by its person', async () => {
    const { doc, ids } = open('fi', { role: 'participant', as: 0 });
    must(proposeAgreement(doc, first.id, 'Oma ehdotus', ids[0] as never));
    must(proposeAgreement(doc, first.id, 'Pekan ehdotus', ids[1] as never));
    expect(await screen.findByText(translate('fi', 'proposal.byYou'))).toBeTruthy();
    expect(screen.getByText(translate('fi', 'proposal.by', { name: 'Pekka' }))).toBeTruthy();
    expect(screen.queryAllByRole('button', { name: /Hyväksy/ })).toHaveLength(0);
  });

  it('offers the calendar file once an open item has a date', async () => {
    const { doc } = open('fi');
    const download = screen.getByRole('button', { name: translate('fi', 'calendar.download') });
    expect(download).toHaveProperty('disabled', true);
    act(() => void addAgreement(doc, 'next-meeting', { text: 'Arviointi', due: '2027-03-31' }));
    expect(download).toHaveProperty('disabled', false);
    expect(screen.getByText(translate('fi', 'calendar.hint'))).toBeTruthy();
  });
});
