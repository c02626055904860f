// y-indexeddb keeps the common table's local copy; jsdom has no IndexedDB of its own.
import 'fake-indexeddb/auto';
import { AGREEMENT_SECTIONS, addAgreement, type Language, readAgreements } from '@avaa/board-model';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/index.ts';
import { usePreferences } from '../state/preferences.ts';
import { renderInWorkshop, workshopDoc } from '../testing/workshopFixture.tsx';
import { AgreementsPage } from './AgreementsPage.tsx';

const [first, second] = AGREEMENT_SECTIONS;
if (!first || !second) throw new Error('the method has six questions');

function open(language: Language, role: 'facilitator' | 'participant' = 'facilitator') {
  act(() => usePreferences.getState().chooseLanguage(language));
  const { doc } = workshopDoc();
  renderInWorkshop(<AgreementsPage />, doc, { role });
  return doc;
}

const section = (title: string) => {
  const heading = screen.getByRole('heading', { level: 2, name: title });
  const element = heading.closest('section');
  if (!element) throw new Error(`no section for ${title}`);
  return within(element);
};

describe('AgreementsPage', () => {
  for (const language of ['fi', 'sv'] as const) {
    it(`shows the method's six questions, numbered, in ${language}`, async () => {
      open(language);
      for (const [index, question] of AGREEMENT_SECTIONS.entries()) {
        const inside = await screen.findByRole('heading', { level: 2, name: question.title[language] });
        const card = within(inside.closest('section') as HTMLElement);
        expect(card.getByText(translate(language, 'agreements.sectionNumber', { number: index + 1 }))).toBeTruthy();
        expect(card.getByText(question.question[language])).toBeTruthy();
        expect(
          card.getByRole('textbox', {
            name: `${translate(language, 'agreements.addLabel')}: ${question.title[language]}`,
          }),
        ).toBeTruthy();
      }
    });
  }

  it('adds an item by hand to a question: written to the workshop document and said aloud, in Swedish', async () => {
    const doc = open('sv');
    const inFirst = section(first.title.sv);
    await userEvent.type(
      inFirst.getByRole('textbox', { name: `${translate('sv', 'agreements.addLabel')}: ${first.title.sv}` }),
      'Chatt på kvällarna',
    );
    await userEvent.click(inFirst.getByRole('button', { name: translate('sv', 'agreements.add') }));
    expect(readAgreements(doc).map((item) => [item.text, item.section])).toEqual([['Chatt på kvällarna', first.id]]);
    expect(screen.getByText(translate('sv', 'agreements.added', { section: first.title.sv }))).toBeTruthy();
    const item = await inFirst.findByRole('article', {
      name: translate('sv', 'agreements.itemLabel', { text: 'Chatt på kvällarna' }),
    });
    // Every field and action of the new item is labelled in Swedish too.
    const text = 'Chatt på kvällarna';
    expect(within(item).getByRole('combobox', { name: translate('sv', 'owner.label') })).toBeTruthy();
    expect(within(item).getByRole('combobox', { name: translate('sv', 'agreements.field.status') })).toBeTruthy();
    expect(
      within(item).getByRole('button', { name: translate('sv', 'agreements.moveDownNamed', { text }) }),
    ).toBeTruthy();
    expect(
      within(item).getByRole('button', { name: translate('sv', 'agreements.removeNamed', { text }) }),
    ).toBeTruthy();
  });

  it('edits an item in place: an owner typed for someone absent is saved on Enter, then moved to another question', async () => {
    const doc = open('fi');
    act(() => void addAgreement(doc, first.id, { text: 'Iltapäivystys chatissa' }));
    const item = await screen.findByRole('article', {
      name: translate('fi', 'agreements.itemLabel', { text: 'Iltapäivystys chatissa' }),
    });
    await userEvent.selectOptions(
      within(item).getByRole('combobox', { name: translate('fi', 'owner.label') }),
      'other',
    );
    await userEvent.type(
      within(item).getByRole('textbox', { name: translate('fi', 'owner.otherName') }),
      'Nuorisotyö{Enter}',
    );
    expect(readAgreements(doc)[0]?.owner).toBe('Nuorisotyö');
    await userEvent.selectOptions(
      within(item).getByRole('combobox', { name: translate('fi', 'agreements.field.section') }),
      second.id,
    );
    expect(readAgreements(doc)[0]?.section).toBe(second.id);
    expect(screen.getByText(translate('fi', 'agreements.moved', { section: second.title.fi }))).toBeTruthy();
  });

  it('removes an item only after the confirmation', async () => {
    const doc = open('fi');
    act(() => void addAgreement(doc, first.id, { text: 'Yhteinen ajanvaraus' }));
    const removeNamed = translate('fi', 'agreements.removeNamed', { text: 'Yhteinen ajanvaraus' });
    await userEvent.click(await screen.findByRole('button', { name: removeNamed }));
    expect(readAgreements(doc)).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: translate('fi', 'agreements.removeYes') }));
    expect(readAgreements(doc)).toHaveLength(0);
    expect(screen.getByText(translate('fi', 'agreements.removed'))).toBeTruthy();
  });

  it('is read only for a participant link without a person: no fields, the item as written', async () => {
    const doc = open('fi', 'participant');
    act(() => void addAgreement(doc, first.id, { text: 'Yhteinen ajanvaraus' }));
    expect(await screen.findByText('Yhteinen ajanvaraus')).toBeTruthy();
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    // Only the calendar file, which anyone reading the register may take (nothing dated yet).
    expect(
      screen.getAllByRole('button').map((button) => [button.textContent, button.hasAttribute('disabled')]),
    ).toEqual([[translate('fi', 'calendar.download'), true]]);
  });
});
