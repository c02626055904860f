import { createPath, type PersonId } from '@avaa/board-model';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderOnBoard, standInForLayout, testBoard } from '../../testing/renderOnBoard.tsx';
import { TestWorkshop, workshopDoc } from '../../testing/workshopFixture.tsx';
import { createPathUiStore, PathUiContext } from '../pathUi.ts';
import { PathsBeside } from './PathsBeside.tsx';
import { usePathPanelOpen } from './panelOpen.ts';

/** The table with the panel's tab and the panel beside it in a workshop, as OpenBoard puts them (the header's toggle is the phone's). */
function renderBoard(doc = testBoard(), canEdit = true) {
  const workshop = workshopDoc({ people: [{ name: 'Työvalmentaja', role: 'core-staff' }] });
  renderOnBoard(
    <TestWorkshop doc={workshop.doc} access={{ role: 'participant', personId: workshop.ids[0] as PersonId }}>
      <PathUiContext.Provider value={createPathUiStore()}>
        <PathsBeside>
          <main>Taulukko</main>
        </PathsBeside>
      </PathUiContext.Provider>
    </TestWorkshop>,
    doc,
    { canEdit },
  );
  return doc;
}

describe('PathPanelToggle', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = standInForLayout();
    act(() => usePathPanelOpen.getState().setOpen(false));
  });
  afterEach(() => restore());

  it('counts the paths live, opens the panel, remembers it on this device and closes back to itself', async () => {
    const user = userEvent.setup();
    const doc = renderBoard();
    const toggle = screen.getByRole('button', { name: 'Palvelupolut (0)' });
    act(() => {
      createPath(doc, { name: 'Kertakävijä' });
    });
    expect(toggle.textContent).toBe('Palvelupolut (1)');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    // The panel's code loads when it is first opened.
    const panel = await screen.findByRole('complementary', { name: 'Palvelupolut' });
    expect(toggle.getAttribute('aria-controls')).toBe(panel.id);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Palvelupolut' })));
    expect(window.localStorage.getItem('avaa:pathPanel')).toBe('open');
    await user.click(screen.getByRole('button', { name: 'Sulje palvelupolut' }));
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(window.localStorage.getItem('avaa:pathPanel')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(toggle));
  });

  it('lists the paths but offers no changes to someone who may not write the board', async () => {
    const user = userEvent.setup();
    const doc = testBoard();
    createPath(doc, { name: 'Kertakävijä' });
    renderBoard(doc, false);
    await user.click(screen.getByRole('button', { name: 'Palvelupolut (1)' }));
    expect(await screen.findByRole('heading', { name: 'Polku A: Kertakävijä' })).toBeTruthy();
    expect(screen.getByText('Voit katsoa polkuja, mutta et muokata niitä tällä taululla.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Uusi polku|Piirrä|Poista|Lisää puuttuva/ })).toBeNull();
  });
});
