import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/index.ts';
import { usePreferences } from '../state/preferences.ts';
import { workshopDoc } from '../testing/workshopFixture.tsx';
import { TimerControls } from './TimerControls.tsx';

const sv = (key: Parameters<typeof translate>[1]) => translate('sv', key);

describe('TimerControls', () => {
  it('closes the new timer’s panel on Escape, back on its button, and when the keyboard leaves it', async () => {
    act(() => usePreferences.getState().chooseLanguage('sv'));
    const { doc } = workshopDoc({ language: 'sv' });
    render(
      <>
        <TimerControls doc={doc} reading={null} offsetMs={0} />
        <input aria-label="Prickar per person" />
      </>,
    );
    const opener = screen.getByText(sv('timer.set'));
    const panel = opener.closest('details') as HTMLDetailsElement;
    await userEvent.click(opener);
    expect(panel.open).toBe(true);
    await userEvent.tab();
    await userEvent.keyboard('{Escape}');
    expect(panel.open).toBe(false);
    expect(document.activeElement).toBe(opener);

    await userEvent.click(opener);
    expect(panel.open).toBe(true);
    // Past the panel's last control (the minutes' Start) to the field after it.
    for (let i = 0; i < 6; i++) await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Prickar per person' }));
    expect(panel.open).toBe(false);
  });
});
