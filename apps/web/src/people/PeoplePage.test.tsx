import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/index.ts';
import { usePreferences } from '../state/preferences.ts';
import { renderInWorkshop, workshopDoc } from '../testing/workshopFixture.tsx';
import { PeoplePage } from './PeoplePage.tsx';

const sv = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('sv', key, params);

describe('PeoplePage', () => {
  it("is the facilitator's panel in Swedish: its title, letting people in, the groups, who is here, deleting", async () => {
    act(() => usePreferences.getState().chooseLanguage('sv'));
    const { doc } = workshopDoc({
      title: 'Ohjaamo Vasa: utvecklingsdag',
      language: 'sv',
      people: [
        { name: 'Studiehandledare', role: 'core-staff' },
        { name: 'Ungdomsrådet', role: 'client-representative' },
      ],
    });
    renderInWorkshop(<PeoplePage />, doc);
    expect(screen.getByRole('heading', { level: 1, name: sv('people.title') })).toBeTruthy();
    const sections = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    for (const key of ['people.joining.heading', 'groups.heading', 'people.delete.heading'] as const) {
      expect(sections).toContain(sv(key));
    }
    expect(sections).toContain(sv('people.list.heading', { count: 2 }));
    expect(document.title).toBe(`${sv('people.title')} – Ohjaamo Vasa: utvecklingsdag – Avaa`);
    // The workshop's connection goes to no server here: the header's badge says so in words.
    const said = screen.getAllByRole('status').map((status) => status.textContent ?? '');
    const notLive = [sv('connection.connecting'), sv('connection.offline')];
    expect(said.some((text) => notLive.some((words) => text.startsWith(words)))).toBe(true);
    expect(said.some((text) => text.startsWith(sv('connection.live')))).toBe(false);
  });
});
