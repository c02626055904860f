import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { navigate } from '../app/navigation.ts';
import { usePreferences } from '../state/preferences.ts';
import { createUpdateOffer } from './serviceWorker.ts';
import { UpdateNotice } from './UpdateNotice.tsx';

describe('UpdateNotice', () => {
  it('keeps its live region in the page, empty until a new version waits', () => {
    act(() => usePreferences.getState().chooseLanguage('fi'));
    const offer = createUpdateOffer();
    render(<UpdateNotice offer={offer.reading} />);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
    act(() => offer.set(true));
    expect(screen.getByRole('status').textContent).toContain('Uusi versio on saatavilla.');
  });

  it('reloads only when asked, and can be put off, in the chosen language', async () => {
    act(() => usePreferences.getState().chooseLanguage('sv'));
    const offer = createUpdateOffer();
    let reloads = 0;
    offer.onReload(() => reloads++);
    render(<UpdateNotice offer={offer.reading} />);
    act(() => offer.set(true));
    expect(screen.getByRole('status').textContent).toContain('En ny version finns.');
    expect(reloads).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Ladda om' }));
    expect(reloads).toBe(1);
    await userEvent.click(screen.getByRole('button', { name: 'Senare' }));
    expect(screen.queryByRole('button')).toBeNull();
    expect(reloads).toBe(1);
  });

  it('stays off the projector, the room’s shared screen', () => {
    act(() => usePreferences.getState().chooseLanguage('fi'));
    const offer = createUpdateOffer();
    act(() => navigate('/w/5gqhms742b/projector', { replace: true }));
    render(<UpdateNotice offer={offer.reading} />);
    act(() => offer.set(true));
    expect(screen.getByRole('status').textContent).toBe('');
    act(() => navigate('/w/5gqhms742b', { replace: true }));
    expect(screen.getByRole('status').textContent).toContain('Uusi versio on saatavilla.');
  });
});
