import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/index.ts';
import { usePreferences } from '../state/preferences.ts';
import { renderInWorkshop, workshopDoc } from '../testing/workshopFixture.tsx';
import { DeleteWorkshop } from './DeleteWorkshop.tsx';

const sv = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('sv', key, params);

describe('DeleteWorkshop', () => {
  it("takes the keyboard to the title's field when opened, and Escape closes it without deleting", async () => {
    act(() => usePreferences.getState().chooseLanguage('sv'));
    const { doc } = workshopDoc({ title: 'Ohjaamo Vasa', language: 'sv' });
    let deleted = false;
    renderInWorkshop(<DeleteWorkshop onDeleted={() => (deleted = true)} />, doc);
    screen.getByRole('button', { name: sv('people.delete.open') }).focus();
    await userEvent.keyboard('{Enter}');
    const field = screen.getByRole('textbox', { name: sv('people.delete.confirmLabel', { title: 'Ohjaamo Vasa' }) });
    expect(document.activeElement).toBe(field);
    await userEvent.keyboard('Ohjaamo');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByRole('button', { name: sv('people.delete.open') })).toBeTruthy();
    expect(deleted).toBe(false);
  });
});
