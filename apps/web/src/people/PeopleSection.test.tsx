import { readPeople } from '@avaa/board-model';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/index.ts';
import { usePreferences } from '../state/preferences.ts';
import { renderInWorkshop, workshopDoc } from '../testing/workshopFixture.tsx';
import { PeopleSection } from './PeopleSection.tsx';

const fi = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('fi', key, params);

function joined() {
  act(() => usePreferences.getState().chooseLanguage('fi'));
  return workshopDoc({
    people: [
      { name: 'Työvalmentaja', role: 'core-staff' },
      { name: 'Opinto-ohjaaja', role: 'other-staff' },
      { name: 'Nuorten raati', role: 'client-representative' },
    ],
  });
}

describe('PeopleSection', () => {
  it('lists everyone who joined with their role, and no group yet', () => {
    const { doc } = joined();
    renderInWorkshop(<PeopleSection />, doc);
    expect(screen.getByRole('heading', { name: fi('people.list.heading', { count: 3 }) })).toBeTruthy();
    const role = screen.getByRole('combobox', { name: fi('people.roleOf', { name: 'Opinto-ohjaaja' }) });
    expect((role as HTMLSelectElement).value).toBe('other-staff');
    const group = screen.getByRole('combobox', { name: fi('people.groupOf', { name: 'Työvalmentaja' }) });
    expect(within(group).getByRole('option', { selected: true }).textContent).toBe(fi('people.noGroup'));
  });

  it('marks the person this screen joined as: them, and present; the others away while nobody else is here', () => {
    const { doc, ids } = joined();
    renderInWorkshop(<PeopleSection />, doc, { personId: ids[1] ?? null });
    const rows = screen.getAllByRole('listitem');
    const me = rows.find((row) => row.getAttribute('data-person') === ids[1]);
    expect(me?.textContent).toContain(`(${fi('people.you')})`);
    expect(me?.textContent).toContain(fi('people.present'));
    const others = rows.filter((row) => row !== me);
    expect(others.map((row) => row.textContent?.includes(fi('people.away')))).toEqual([true, true]);
  });

  it('moves a person to a new group in the workshop document, and shows the group chosen', async () => {
    const { doc, ids } = joined();
    renderInWorkshop(<PeopleSection />, doc);
    const group = screen.getByRole('combobox', { name: fi('people.groupOf', { name: 'Työvalmentaja' }) });
    await userEvent.selectOptions(group, fi('people.newGroup', { number: 1 }));
    expect(readPeople(doc).find((person) => person.id === ids[0])?.group).toBe(1);
    expect(within(group).getByRole('option', { selected: true }).textContent).toBe(fi('group.name', { number: 1 }));
  });

  it('renames a person in the document, and refuses an empty name in words', async () => {
    const { doc, ids } = joined();
    renderInWorkshop(<PeopleSection />, doc);
    await userEvent.click(screen.getByRole('button', { name: fi('people.renameNamed', { name: 'Nuorten raati' }) }));
    const field = screen.getByRole('textbox', { name: fi('people.newName', { name: 'Nuorten raati' }) });
    await userEvent.clear(field);
    await userEvent.click(screen.getByRole('button', { name: fi('people.save') }));
    expect(screen.getByRole('alert').textContent).toBe(fi('join.error.empty-name'));
    expect(readPeople(doc).find((person) => person.id === ids[2])?.name).toBe('Nuorten raati');
    await userEvent.type(field, 'Nuorten raadin edustaja');
    await userEvent.click(screen.getByRole('button', { name: fi('people.save') }));
    expect(readPeople(doc).find((person) => person.id === ids[2])?.name).toBe('Nuorten raadin edustaja');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('removes a person only after the confirmation, and says so', async () => {
    const { doc, ids } = joined();
    renderInWorkshop(<PeopleSection />, doc);
    await userEvent.click(screen.getByRole('button', { name: fi('people.removeNamed', { name: 'Opinto-ohjaaja' }) }));
    expect(readPeople(doc).some((person) => person.id === ids[1])).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: fi('people.removeYes', { name: 'Opinto-ohjaaja' }) }));
    expect(readPeople(doc).some((person) => person.id === ids[1])).toBe(false);
    expect(screen.getByRole('status').textContent).toBe(fi('people.removed', { name: 'Opinto-ohjaaja' }));
    expect(screen.getByRole('heading', { name: fi('people.list.heading', { count: 2 }) })).toBeTruthy();
  });

  it('asks with the keyboard on Cancel: a second Enter keeps the person, and Escape cancels', async () => {
    const { doc, ids } = joined();
    renderInWorkshop(<PeopleSection />, doc);
    const removeButton = () =>
      screen.getByRole('button', { name: fi('people.removeNamed', { name: 'Opinto-ohjaaja' }) });
    const confirmButton = () =>
      screen.queryByRole('button', { name: fi('people.removeYes', { name: 'Opinto-ohjaaja' }) });
    removeButton().focus();
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement?.textContent).toBe(fi('people.cancel'));
    await userEvent.keyboard('{Enter}');
    expect(confirmButton()).toBeNull();
    expect(readPeople(doc).some((person) => person.id === ids[1])).toBe(true);

    await userEvent.click(removeButton());
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).toBe(confirmButton());
    await userEvent.keyboard('{Escape}');
    expect(confirmButton()).toBeNull();
    expect(readPeople(doc).some((person) => person.id === ids[1])).toBe(true);
  });
});
