import { type CellId, createNote, editNoteText, MAX_NOTE_TEXT_LENGTH, notesInCell, readNote } from '@avaa/board-model';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoteOnBoard, noteText, renderOnBoard, standInForLayout, testBoard } from '../../testing/renderOnBoard.tsx';
import { NewNoteItem } from '../NewNoteItem/NewNoteItem.tsx';

const CELL: CellId = 'start:services';
const TEXT = 'Palveluohjaus ajanvarauksella';

/** A board with one note, shown as the list view shows it, in Swedish. */
function boardWithNote(text = TEXT) {
  const doc = testBoard();
  const created = createNote(doc, CELL, { text });
  if (!created.ok) throw new Error(created.error);
  const id = created.value;
  renderOnBoard(<NoteOnBoard id={id} />, doc, { language: 'sv' });
  return { doc, id, text: () => readNote(doc, id)?.text };
}

/** Opens the note's editor as a person does: a click on its text. */
async function openEditor(user: ReturnType<typeof userEvent.setup>, text = TEXT) {
  await user.click(screen.getByRole('button', { name: noteText(text) }));
  return screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Lappens text' });
}

describe('NoteEditor', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = standInForLayout();
  });
  afterEach(() => restore());

  it('saves typed text into the document with Enter and gives the focus back to the note', async () => {
    const user = userEvent.setup();
    const { text } = boardWithNote();
    const field = await openEditor(user);
    expect(document.activeElement).toBe(field);
    await user.clear(field);
    await user.type(field, 'Iltakäynnit kotihoidossa{Enter}');
    expect(text()).toBe('Iltakäynnit kotihoidossa');
    expect(screen.queryByRole('textbox')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: noteText('Iltakäynnit kotihoidossa') })),
    );
  });

  it('keeps Shift+Enter as a new line in the note', async () => {
    const user = userEvent.setup();
    const { text } = boardWithNote();
    const field = await openEditor(user);
    await user.type(field, '{Shift>}{Enter}{/Shift}toinen rivi');
    expect(field.isConnected).toBe(true);
    expect(text()).toBe(`${TEXT}\ntoinen rivi`);
  });

  it('says in Swedish that the text is too long, keeps the editor open on Enter and leaves the document as it was', async () => {
    const user = userEvent.setup();
    const { text } = boardWithNote();
    const field = await openEditor(user);
    await user.paste('x'.repeat(MAX_NOTE_TEXT_LENGTH));
    expect(screen.getByRole('alert').textContent).toBe('Texten är för lång.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(`${TEXT.length + MAX_NOTE_TEXT_LENGTH}/${MAX_NOTE_TEXT_LENGTH} tecken`)).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(field.isConnected).toBe(true);
    expect(text()).toBe(TEXT);
  });

  it('closes with Escape, dropping text that was never valid, and the note keeps its text', async () => {
    const user = userEvent.setup();
    const { text } = boardWithNote();
    await openEditor(user);
    await user.paste('x'.repeat(MAX_NOTE_TEXT_LENGTH));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(text()).toBe(TEXT);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: noteText(TEXT) })));
  });

  it("takes in another person's typing while editing and keeps the caret on the same character", async () => {
    const user = userEvent.setup();
    const { doc, id } = boardWithNote();
    const field = await openEditor(user);
    await user.keyboard('{ArrowLeft>3/}');
    const caret = field.selectionStart;
    act(() => {
      editNoteText(doc, id, `Uusi: ${TEXT}`);
    });
    expect(field.value).toBe(`Uusi: ${TEXT}`);
    expect(field.selectionStart).toBe(caret + 'Uusi: '.length);
  });

  it('adds a new note with its first character, and an emptied new note leaves none behind', async () => {
    const user = userEvent.setup();
    const doc = testBoard();
    const { store } = renderOnBoard(<NewNoteItem cell={CELL} />, doc, { language: 'sv' });
    act(() => store.getState().edit({ kind: 'new', cell: CELL, noteId: null }));
    const field = screen.getByRole('textbox', { name: 'Ny lapp: Inledningsskedet – Åtgärder och tjänster' });
    expect(screen.getByRole('button', { name: 'Klar' })).toBeTruthy();
    await user.type(field, 'A');
    expect(notesInCell(doc, CELL).map((note) => note.text)).toEqual(['A']);
    await user.type(field, '{Backspace}{Escape}');
    expect(notesInCell(doc, CELL)).toEqual([]);
    expect(store.getState().editing).toBeNull();
  });
});
