import { createNote, createPath, type NoteId, type PathId, type PersonId, pathsMap, readPath } from '@avaa/board-model';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { NoteOnBoard, noteText, renderOnBoard, standInForLayout, testBoard } from '../../testing/renderOnBoard.tsx';
import { TestWorkshop, workshopDoc } from '../../testing/workshopFixture.tsx';
import { createPathUiStore, PathUiContext } from '../pathUi.ts';
import { PathTableLayer } from './PathTableLayer.tsx';

const WALK_IN = 'Walk-in-ohjaus';
const NETWORK = 'Verkostopalaveri';
const PERSON = 'p1234567890a' as PersonId;

/** A board with two notes and the path "Kertakävijä", drawn through the table layer as OpenBoard does. */
function drawingBoard() {
  const user = userEvent.setup();
  const doc = testBoard();
  const ids = [
    createNote(doc, 'start:services', { text: WALK_IN }),
    createNote(doc, 'during:collaboration', { text: NETWORK }),
  ];
  const made = createPath(doc, { name: 'Kertakävijä' });
  if (!made.ok || !ids.every((id) => id.ok)) throw new Error('seed refused');
  const [walkIn, network] = ids.map((id) => (id.ok ? id.value : ('' as NoteId)));
  const paths = createPathUiStore();
  renderOnBoard(
    <TestWorkshop doc={workshopDoc().doc} access={{ role: 'participant', personId: PERSON }}>
      <PathUiContext.Provider value={paths}>
        <PathTableLayer doc={doc}>
          <NoteOnBoard id={walkIn as NoteId} />
          <NoteOnBoard id={network as NoteId} />
        </PathTableLayer>
      </PathUiContext.Provider>
    </TestWorkshop>,
    doc,
  );
  const path = made.value;
  return { user, doc, path, paths, steps: () => stepNotes(doc, path), said: () => liveRegion().textContent?.trim() };
}

function stepNotes(doc: Y.Doc, path: PathId): (string | null)[] {
  return readPath(doc, path)?.steps.map((step) => step.note?.text ?? step.text) ?? [];
}

/** The steps' `createdBy` as stored (the views do not carry it). */
function storedCreators(doc: Y.Doc, path: PathId): unknown[] {
  const entry = pathsMap(doc).get(path);
  const steps = entry instanceof Y.Map ? entry.get('steps') : undefined;
  return steps instanceof Y.Map
    ? [...steps.values()].map((step) => (step instanceof Y.Map ? step.get('createdBy') : null))
    : [];
}

function liveRegion(): HTMLElement {
  const region = document.querySelector<HTMLElement>('[data-announces="path-drawing"]');
  if (!region) throw new Error('no live region');
  return region;
}

describe('drawing a service path on the table', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = standInForLayout();
  });
  afterEach(() => restore());

  it('adds picked notes as steps in order, says each, and ends with Done', async () => {
    const { user, doc, path, paths, steps, said } = drawingBoard();
    act(() => paths.getState().startDrawing(path));
    expect(screen.getByText('Piirretään polkua ”Kertakävijä”: valitse laput järjestyksessä')).toBeTruthy();
    expect(screen.getByText('0 vaihetta')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: noteText(WALK_IN) }));
    expect(steps()).toEqual([WALK_IN]);
    // Picking is not editing: no editor opened.
    expect(screen.queryByRole('textbox', { name: /Lapun teksti/ })).toBeNull();
    expect(said()).toBe(`Lisätty vaihe 1: ${WALK_IN}`);
    await user.click(screen.getByRole('button', { name: noteText(WALK_IN) }));
    expect(steps()).toEqual([WALK_IN]);
    expect(said()).toContain('on jo polun viimeinen vaihe (1)');
    await user.click(screen.getByRole('button', { name: noteText(NETWORK) }));
    await user.click(screen.getByRole('button', { name: noteText(WALK_IN) }));
    expect(steps()).toEqual([WALK_IN, NETWORK, WALK_IN]);
    expect(said()).toBe(`Lisätty vaihe 3: ${WALK_IN} (polku palaa vaiheen 1 lappuun)`);
    expect(screen.getByText('3 vaihetta')).toBeTruthy();
    // Who added it, for the common table's undo.
    expect(storedCreators(doc, path)).toEqual([PERSON, PERSON, PERSON]);
    await user.click(screen.getByRole('button', { name: 'Kumoa viimeisin' }));
    expect(steps()).toEqual([WALK_IN, NETWORK]);
    expect(said()).toBe(`Poistettu vaihe 3: ${WALK_IN}`);
    await user.click(screen.getByRole('button', { name: 'Valmis' }));
    expect(paths.getState().drawing).toBe(null);
    expect(said()).toBe('Polun ”Kertakävijä” piirtäminen päättyi: 2 vaihetta.');
  });

  it('marks the notes on the path for screen readers and by letter and step number', async () => {
    const { user, path, paths } = drawingBoard();
    act(() => paths.getState().startDrawing(path));
    await user.click(screen.getByRole('button', { name: noteText(NETWORK) }));
    await user.click(screen.getByRole('button', { name: noteText(WALK_IN) }));
    await user.click(screen.getByRole('button', { name: noteText(NETWORK) }));
    expect(screen.getByText('Käytössä poluilla: Kertakävijä (vaiheet 1 ja 3)')).toBeTruthy();
    expect(screen.getByText('Käytössä poluilla: Kertakävijä (vaihe 2)')).toBeTruthy();
    act(() => paths.getState().toggleShown(path));
    expect(screen.queryByText(/Käytössä poluilla/)).toBeNull();
  });

  it('adds a missing service in a phase, and Escape ends drawing so the note edits again', async () => {
    const { user, path, paths, steps, said } = drawingBoard();
    act(() => paths.getState().startDrawing(path));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Vaihe' }), '3 Asiakkuuden aikana');
    await user.click(screen.getByRole('button', { name: 'Lisää puuttuva palvelu' }));
    expect(screen.getByText('Kirjoita puuttuvan palvelun nimi.')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Mitä palvelua tarvittaisiin?' }), 'Jatko-ohjaus{Enter}');
    expect(steps()).toEqual(['Jatko-ohjaus']);
    expect(said()).toBe('Lisätty vaihe 1: puuttuva palvelu ”Jatko-ohjaus” (Asiakkuuden aikana)');
    screen.getByRole('button', { name: noteText(WALK_IN) }).focus();
    await user.keyboard('{Escape}');
    expect(paths.getState().drawing).toBe(null);
    await user.click(screen.getByRole('button', { name: noteText(WALK_IN) }));
    await waitFor(() => expect(screen.getByRole('textbox')).toBeTruthy());
    expect(steps()).toEqual(['Jatko-ohjaus']);
  });

  it('starts drawing from a note’s menu, with that note as the next step', async () => {
    const { user, path, paths, steps } = drawingBoard();
    await user.click(screen.getByRole('button', { name: `Lapun toiminnot: ${WALK_IN}` }));
    await user.click(screen.getByRole('button', { name: 'Lisää polulle…' }));
    await user.click(screen.getByRole('button', { name: 'Piirrä polkua tästä lapusta: Kertakävijä' }));
    expect(steps()).toEqual([WALK_IN]);
    expect(paths.getState().drawing).toBe(path);
    expect(screen.getByText('Lisätty polulle ”Kertakävijä” vaiheeksi 1.')).toBeTruthy();
    // Focus is back on the note, whose text picks the next step.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: noteText(WALK_IN) })));
  });
});
