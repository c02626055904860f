import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/index.ts';
import { usePreferences } from '../state/preferences.ts';
import { ConnectionBadge } from './ConnectionBadge.tsx';

describe('ConnectionBadge', () => {
  it('says a refusal and why in the chosen language, and follows a change of language', () => {
    act(() => usePreferences.getState().chooseLanguage('sv'));
    render(<ConnectionBadge status={{ state: 'closed', reason: 'workshopNotFound', code: 4404 }} />);
    const swedish = `${translate('sv', 'connection.closed')}${translate('sv', 'close.workshopNotFound')}`;
    expect(screen.getByRole('status').textContent).toBe(swedish);
    act(() => usePreferences.getState().chooseLanguage('fi'));
    const finnish = `${translate('fi', 'connection.closed')}${translate('fi', 'close.workshopNotFound')}`;
    expect(screen.getByRole('status').textContent).toBe(finnish);
    expect(finnish).not.toBe(swedish);
  });

  it('says nothing more while live', () => {
    act(() => usePreferences.getState().chooseLanguage('fi'));
    render(<ConnectionBadge status={{ state: 'live' }} />);
    expect(screen.getByRole('status').textContent).toBe(translate('fi', 'connection.live'));
  });
});
