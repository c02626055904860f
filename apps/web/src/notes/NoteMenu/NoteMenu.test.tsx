import { type CellId, createNote, readNote } from '@avaa/board-model';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoteOnBoard, noteText, renderOnBoard, standInForLayout, testBoard } from '../../testing/renderOnBoard.tsx';

const CELL: CellId = 'start:services';
const TEXT = 'Ajanvaraus verkossa';

/** A board with one note shown as the list view shows it, in Swedish, with the focus on its actions button. */
async function noteWithMenuButton() {
  const user = userEvent.setup();
  const doc = testBoard();
  const created = createNote(doc, CELL, { text: TEXT });
  if (!created.ok) throw new Error(created.error);
  const id = created.value;
  renderOnBoard(<NoteOnBoard id={id} />, doc, { language: 'sv' });
  const button = screen.getByRole('button', { name: `Åtgärder för lappen: ${TEXT}` });
  // Tab as a keyboard user does: the note's text first, then its actions button.
  await user.tab();
  expect(document.activeElement).toBe(screen.getByRole('button', { name: noteText(TEXT) }));
  await user.tab();
  expect(document.activeElement).toBe(button);
  return { user, doc, id, button, note: () => readNote(doc, id) };
}

describe('NoteMenu', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = standInForLayout();
  });
  afterEach(() => restore());

  it('opens from its button with Enter and Escape closes it, giving the focus back to the button', async () => {
    const { user, button } = await noteWithMenuButton();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await user.keyboard('{Enter}');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: 'Flytta…' })).toBeTruthy();
    await user.tab();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Flytta…' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(button));
  });

  it('changes the colour and the kind with the arrow keys', async () => {
    const { user, note } = await noteWithMenuButton();
    await user.keyboard('{Enter}');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Gul' }));
    await user.keyboard('{ArrowRight}');
    expect(note()?.colour).toBe('green');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Grön' }).checked).toBe(true);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Lapp' }));
    await user.keyboard('{ArrowDown}');
    expect(note()?.kind).toBe('gap');
  });

  it('moves the note with "Flytta…" to the cell chosen, says where, and Avbryt returns to the button', async () => {
    const { user, note } = await noteWithMenuButton();
    await user.keyboard('{Enter}');
    const moveButton = screen.getByRole('button', { name: 'Flytta…' });
    moveButton.focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Skede' }));
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Flytta…' })));
    await user.keyboard('{Enter}');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Skede' }), 'Avslutningsskedet');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Perspektiv' }),
      'Personalens och det sektorsövergripande samarbetet',
    );
    screen.getByRole('button', { name: 'Flytta' }).focus();
    await user.keyboard('{Enter}');
    expect(note()?.cell).toBe('ending:collaboration');
    expect(screen.getByRole('status').textContent).toContain(
      'Lappen flyttades: Avslutningsskedet – Personalens och det sektorsövergripande samarbetet',
    );
  });

  it('deletes the note and says so, with an Undo (Alt+Z from the keyboard) that brings it back', async () => {
    const { user, note } = await noteWithMenuButton();
    await user.keyboard('{Enter}');
    screen.getByRole('button', { name: 'Ta bort' }).focus();
    await user.keyboard('{Enter}');
    expect(note()?.deleted).toBe(true);
    expect(screen.queryByRole('button', { name: noteText(TEXT) })).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Lappen togs bort');
    expect(screen.getByRole('button', { name: /^Ångra/ })).toBeTruthy();
    await user.keyboard('{Alt>}z{/Alt}');
    expect(note()?.deleted).toBe(false);
    expect(screen.getByRole('button', { name: noteText(TEXT) })).toBeTruthy();
  });
});
