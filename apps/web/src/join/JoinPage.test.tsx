import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { type MessageKey, translate } from '../i18n/index.ts';
import { usePreferences } from '../state/preferences.ts';
import { closeJoining, createServerWorkshop } from '../testing/serverWorkshop.ts';
import { JoinPage } from './JoinPage.tsx';

const fi = (key: MessageKey) => translate('fi', key);

describe('JoinPage, answered by the real server', () => {
  it('shows the workshop by its title, and explains once the facilitator closed joining', async () => {
    act(() => usePreferences.getState().chooseLanguage('fi'));
    const workshop = await createServerWorkshop('Ohjaamon kehittämispäivä');
    render(<JoinPage workshopId={workshop.id} linkToken={workshop.tokens.participant} onJoined={() => {}} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ohjaamon kehittämispäivä' })).toBeTruthy();

    await closeJoining(workshop);
    await userEvent.type(screen.getByRole('textbox', { name: fi('join.name') }), 'Työvalmentaja');
    await userEvent.click(screen.getByRole('radio', { name: fi('role.core-staff') }));
    await userEvent.click(screen.getByRole('button', { name: fi('join.submit') }));
    expect(await screen.findByRole('heading', { name: fi('join.closed.heading') })).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: fi('join.closed.retry') }));
    expect(screen.getByRole('textbox', { name: fi('join.name') })).toBeTruthy();
  });

  it('says before anyone types a name that a link the server refuses does not work', async () => {
    act(() => usePreferences.getState().chooseLanguage('sv'));
    const workshop = await createServerWorkshop('Ohjaamon kehittämispäivä');
    const other = await createServerWorkshop('Toinen työpaja');
    render(<JoinPage workshopId={workshop.id} linkToken={other.tokens.participant} onJoined={() => {}} />);
    expect(await screen.findByRole('heading', { name: translate('sv', 'access.invalid.heading') })).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('offers a Finnish browser the Finnish form of a Swedish workshop, in Finnish', async () => {
    act(() => usePreferences.setState({ chosenLanguage: null, browserLanguage: 'fi' }));
    const workshop = await createServerWorkshop('Navigatorn Vasa', 'sv');
    render(<JoinPage workshopId={workshop.id} linkToken={workshop.tokens.participant} onJoined={() => {}} />);
    expect(await screen.findByRole('textbox', { name: translate('sv', 'join.name') })).toBeTruthy();
    const offer = screen.getByRole('button', { name: 'Näytä suomeksi' });
    expect(offer.getAttribute('lang')).toBe('fi');
    await userEvent.click(offer);
    expect(await screen.findByRole('textbox', { name: fi('join.name') })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Näytä suomeksi' })).toBeNull();
  });
});
