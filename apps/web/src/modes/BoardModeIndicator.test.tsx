import { setBoardMode } from '@avaa/board-model';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/index.ts';
import { usePreferences } from '../state/preferences.ts';
import { renderInWorkshop, workshopDoc } from '../testing/workshopFixture.tsx';
import { BoardModeIndicator, BoardModeSelect } from './BoardModeIndicator.tsx';

const PLENARY = { kind: 'plenary' } as const;

describe('the board mode', () => {
  it('tells a participant the mode live, in her language, and nothing while the board is open', () => {
    act(() => usePreferences.getState().chooseLanguage('sv'));
    const { doc } = workshopDoc({ people: [{ name: 'Anna', role: 'core-staff' }] });
    renderInWorkshop(<BoardModeIndicator board={PLENARY} readOnly={false} />, doc, { role: 'participant' });
    expect(screen.queryByRole('status')).toBeNull();
    act(() => setBoardMode(doc, PLENARY, 'locked'));
    expect(screen.getByRole('status').textContent).toContain(translate('sv', 'modes.tag.locked'));
    act(() => setBoardMode(doc, PLENARY, 'own-notes'));
    expect(screen.getByRole('status').textContent).toContain(translate('sv', 'modes.tag.own-notes'));
  });

  it('lets the facilitator choose it by keyboard, written to the workshop document', async () => {
    act(() => usePreferences.getState().chooseLanguage('fi'));
    const { doc } = workshopDoc({});
    renderInWorkshop(<BoardModeSelect board={{ kind: 'group', group: 2 }} />, doc);
    const select = screen.getByRole('combobox', { name: translate('fi', 'modes.label') });
    select.focus();
    await userEvent.selectOptions(select, translate('fi', 'modes.option.locked'));
    expect(doc.getMap('boardModes').get('group/2')).toBe('locked');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
