import { notesMap, ORIGINS, readAllNotes, recordStoredImage } from '@avaa/board-model';
import type { ImageId, PhotoNote } from '@avaa/protocol';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { BoardContext, type BoardContextValue } from '../board/BoardContext.ts';
import { NoteImage } from '../noteImages/NoteImage.tsx';
import { Toasts } from '../notes/Toasts.tsx';
import { BoardUiContext, createBoardUiStore } from '../state/boardUi.ts';
import { usePreferences } from '../state/preferences.ts';
import { standInForLayout, testBoard } from '../testing/renderOnBoard.tsx';
import { ReviewStage } from './ReviewStage.tsx';

const PHOTO = 'e'.repeat(64);
const crop = (n: number) => n.toString(16).padStart(64, '0') as ImageId;
const AT = Date.UTC(2026, 11, 6, 12, 5);

/** What the photo API answers for a photo of a table with four paper notes (about services). */
const FOUND: PhotoNote[] = [
  note(0, 'start:services', 'pink', 'Walk-in-palvelu', 0.93, []),
  note(1, 'start:services', 'yellow', '', 0, []),
  note(2, 'during:collaboration', 'blue', 'Verkostopalaveri', 0.41, ['crossesBorder']),
  note(3, 'ending:services', 'green', 'Jatko-ohjaus', 0.9, ['offTable']),
];

function note(n: number, cell: string, colour: string, text: string, confidence: number, flags: PhotoNote['flags']) {
  const box = [0, 1, 2, 3].map((i) => ({ x: i, y: i }));
  return { key: `${PHOTO}:${n}`, cell, colour, text, confidence, box, crop: crop(n + 1), flags };
}

/** The review on an open board (with a writer's undo, as the board session makes it), in `language`; the board lists the crops. */
function renderReview(language: 'fi' | 'sv' = 'fi') {
  act(() => usePreferences.getState().chooseLanguage(language));
  const doc = testBoard();
  for (const n of [1, 2, 3, 4])
    recordStoredImage(doc, crop(n), { type: 'image/jpeg', width: 9, height: 9, storedAt: 1 });
  const undo = new Y.UndoManager(notesMap(doc), { trackedOrigins: new Set([null, ORIGINS.addPhotoNotes]) });
  const context: BoardContextValue = {
    doc,
    board: { kind: 'group', group: 1 },
    canEdit: true,
    mode: 'open',
    canAgree: false,
    presence: null,
    undo,
  };
  const onDone = vi.fn();
  const ui = (
    <BoardUiContext.Provider value={createBoardUiStore()}>
      <BoardContext.Provider value={context}>
        <ReviewStage found={FOUND} at={AT} onDone={onDone} />
        <Toasts />
      </BoardContext.Provider>
    </BoardUiContext.Provider>
  );
  const rendered = render(ui);
  return { doc, undo, onDone, rendered, ui, user: userEvent.setup() };
}

const card = (number: number) => screen.getByRole('article', { name: `Lappu ${number}` });
const texts = (doc: Y.Doc) =>
  readAllNotes(doc)
    .map((n) => `${n.cell} ${n.text}`)
    .sort();

describe('the photo review', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = standInForLayout();
  });
  afterEach(() => restore());

  it('shows each note in its cell with its crop, confidence in words and flags explained; off-table notes left out', async () => {
    renderReview();
    expect(screen.getByText('Kuvista löytyi 4 lappua · 3 tarkistettavaa · 1 ilman tekstiä')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Tarkista laput' })));
    const start = screen.getByRole('heading', { name: 'Alkuvaihe – Toimenpiteet ja palvelut (2)' }).parentElement!;
    expect(within(start).getAllByRole('article')).toHaveLength(2);
    expect(within(card(1)).getByRole('img', { name: 'Lappu 1 valokuvasta' })).toBeTruthy();
    expect(within(card(1)).getByText('Teksti tunnistettu varmasti (93 %)')).toBeTruthy();
    expect(within(card(2)).getByText('Tekstiä ei tunnistettu: kirjoita se')).toBeTruthy();
    expect(within(card(3)).getByText('Ylittää solun rajan: tarkista solu.')).toBeTruthy();
    expect(within(card(3)).getByText('Tunnistus epävarma (41 %): tarkista teksti')).toBeTruthy();
    expect(within(card(3)).getByRole<HTMLInputElement>('checkbox', { name: 'Lisää taululle' }).checked).toBe(true);
    expect(within(card(4)).getByRole<HTMLInputElement>('checkbox', { name: 'Lisää taululle' }).checked).toBe(false);
    expect(screen.getByRole('button', { name: 'Lisää 3 lappua' })).toBeTruthy();
  });

  it('adds what the person decided: rejected left out, moved to its new cell, the text as edited, in one undoable step', async () => {
    const { doc, undo, onDone, user } = renderReview();
    await user.click(within(card(1)).getByRole('checkbox', { name: 'Lisää taululle' }));
    await user.selectOptions(within(card(3)).getByRole('combobox', { name: 'Solu' }), 'during:services');
    const text = within(card(3)).getByRole('textbox', { name: 'Lapun 3 teksti' });
    await user.clear(text);
    await user.type(text, 'Verkostotapaaminen');
    await user.click(within(card(4)).getByRole('checkbox', { name: 'Lisää taululle' }));
    await user.click(screen.getByRole('button', { name: 'Lisää 3 lappua' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(texts(doc)).toEqual([
      'during:services Verkostotapaaminen',
      'ending:services Jatko-ohjaus',
      'start:services ',
    ]);
    const image = readAllNotes(doc).find((n) => n.text === 'Jatko-ohjaus')?.image;
    expect(image).toEqual({ id: crop(4), source: { kind: 'photo', at: AT, key: `${PHOTO}:3` } });
    expect(screen.getByText('3 lappua lisätty taululle.')).toBeTruthy();
    // On the board the note tells where its image came from.
    const added = readAllNotes(doc).find((n) => n.text === 'Jatko-ohjaus')!;
    const { container } = render(
      <BoardContext.Provider
        value={{
          doc,
          board: { kind: 'group', group: 1 },
          canEdit: true,
          mode: 'open',
          canAgree: false,
          presence: null,
          undo,
        }}
      >
        <NoteImage note={added} />
      </BoardContext.Provider>,
    );
    expect(container.textContent).toMatch(/^Valokuvasta 6\.12\.2026/);
    expect(undo.undoStack).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: /^Kumoa/ }));
    expect(readAllNotes(doc)).toEqual([]);
  });

  it('walks the queue by keyboard: Enter saves and moves on, then back to the review on Add', async () => {
    const { doc, user } = renderReview();
    await user.click(screen.getByRole('button', { name: 'Kirjoita 2 lapun tekstit' }));
    expect(screen.getByText('1/2: lappu 2')).toBeTruthy();
    const first = screen.getByRole('textbox', { name: 'Lapun 2 teksti' });
    expect(document.activeElement).toBe(first);
    expect(screen.getByRole('img', { name: 'Lappu 2 valokuvasta' })).toBeTruthy();
    await user.type(first, 'Ohjaamon chat{Enter}');
    expect(screen.getByText('2/2: lappu 3')).toBeTruthy();
    const second = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Lapun 3 teksti' });
    await waitFor(() => expect(document.activeElement).toBe(second));
    expect(second.value).toBe('Verkostopalaveri');
    // Shift+Enter is a new line, not the next note.
    await user.type(second, '{Shift>}{Enter}{/Shift}kerran kuussa{Enter}');
    const add = screen.getByRole('button', { name: 'Lisää 3 lappua' });
    await waitFor(() => expect(document.activeElement).toBe(add));
    expect(screen.queryByRole('button', { name: /Kirjoita/ })).toBeNull();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(readAllNotes(doc)).toHaveLength(3));
    expect(texts(doc)).toContain('during:collaboration Verkostopalaveri\nkerran kuussa');
    expect(texts(doc)).toContain('start:services Ohjaamon chat');
  });

  it('adds nothing twice: the same photo again says the notes are already there', async () => {
    const first = renderReview();
    await first.user.click(screen.getByRole('button', { name: 'Lisää 3 lappua' }));
    await waitFor(() => expect(first.onDone).toHaveBeenCalled());
    const doc = first.doc;
    first.rendered.unmount();
    const again = render(first.ui);
    await first.user.click(within(again.container).getByRole('button', { name: 'Lisää 3 lappua' }));
    await waitFor(() => expect(screen.getByText('3 oli jo taululla.')).toBeTruthy());
    expect(readAllNotes(doc)).toHaveLength(3);
  });

  it('refuses to add none, and speaks Swedish', async () => {
    const { user, doc } = renderReview('sv');
    for (const box of screen.getAllByRole<HTMLInputElement>('checkbox', { name: 'Lägg till på tavlan' })) {
      if (box.checked) await user.click(box);
    }
    await user.click(screen.getByRole('button', { name: 'Lägg till 0 lappar' }));
    expect(screen.getByRole('alert').textContent).toBe('Välj minst en lapp att lägga till.');
    expect(readAllNotes(doc)).toEqual([]);
  });
});
