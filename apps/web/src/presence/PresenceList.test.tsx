import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePreferences } from '../state/preferences.ts';
import { PresenceList } from './PresenceList.tsx';

describe('PresenceList', () => {
  it('counts the people on this board, so the facilitator on the common table during group work is not told nobody came', () => {
    act(() => usePreferences.getState().chooseLanguage('sv'));
    const peer = (clientId: number, name: string) => ({ clientId, user: { name, colour: '#0b5cad' } }) as never;
    render(<PresenceList peers={[peer(2, 'Lars'), peer(3, 'Sara')]} selfName="Fasilitator" selfColour="#146c2e" />);
    expect(screen.getByText('3 på tavlan')).toBeTruthy();
  });
});
