import { addStep, createNote, createPath, PATH_STARTERS, type PathId, readPath } from '@avaa/board-model';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { standInForLayout, testBoard } from '../../testing/renderOnBoard.tsx';
import { renderPanel } from './testPanel.tsx';

function must<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** A board with one path: a linked drop-in note at the start, then two free steps. */
function boardWithPath() {
  const doc = testBoard();
  const note = must(createNote(doc, 'start:services', { text: 'Walk-in-ohjaus' }));
  const path = must(createPath(doc, { name: 'Kertakävijä' }));
  const steps = [
    must(addStep(doc, path, { noteId: note })),
    must(addStep(doc, path, { phase: 'during', text: 'Asumisneuvonta' })),
    must(addStep(doc, path, { phase: 'during', text: 'Velkaneuvonta' })),
  ];
  return { doc, path, steps };
}

const stepTexts = (doc: ReturnType<typeof testBoard>, path: PathId) =>
  readPath(doc, path)?.steps.map((step) => step.note?.text ?? step.text);

describe('PathPanel', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = standInForLayout();
  });
  afterEach(() => restore());

  it('creates a path from a starter in one click, as mine, and starts drawing it', async () => {
    const user = userEvent.setup();
    const { paths, pathUi, personId } = renderPanel();
    await user.click(screen.getByRole('button', { name: '+ Uusi polku' }));
    await user.click(screen.getByRole('button', { name: 'Käytä: Kertakävijä' }));
    const [created] = paths();
    expect(created).toMatchObject({
      name: 'Kertakävijä',
      description: PATH_STARTERS[0]?.description.fi,
      colour: 'blue',
      createdBy: personId,
    });
    expect(pathUi.getState().drawing).toBe(created?.id);
    const heading = screen.getByRole('heading', { name: 'Polku A: Kertakävijä' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByRole('button', { name: 'Polku A valmis' })).toBeTruthy();
  });

  it('says a refused name in the user language beside the field and creates nothing', async () => {
    const user = userEvent.setup();
    const { paths } = renderPanel(testBoard(), 'sv');
    await user.click(screen.getByRole('button', { name: '+ Ny stig' }));
    await user.type(screen.getByRole('combobox', { name: 'Kundtyp (stigens namn)' }), '   {Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Skriv ett namn.');
    expect(paths()).toEqual([]);
  });

  it('reads the steps as an ordered list: number, phase, service and whether it is missing', () => {
    const { doc, path, steps } = boardWithPath();
    must(addStep(doc, path, { phase: 'ending', text: 'Jatko-ohjaus', risk: { kind: 'waiting', reason: 'Jono' } }));
    renderPanel(doc);
    const list = screen.getByRole('list', { name: 'Polun A vaiheet' });
    expect(list.tagName).toBe('OL');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.getAttribute('data-step-id')),
    ).toEqual([...steps, expect.any(String)]);
    const items = within(list).getAllByRole('listitem');
    const names = [
      'Vaihe 1/4, Alkuvaihe: Walk-in-ohjaus (linkitetty lappu)',
      'Vaihe 2/4, Asiakkuuden aikana: Asumisneuvonta (puuttuva palvelu)',
      'Vaihe 3/4, Asiakkuuden aikana: Velkaneuvonta (puuttuva palvelu)',
      'Vaihe 4/4, Asiakkuuden päättövaihe: Jatko-ohjaus (puuttuva palvelu); riski: odottaminen – Jono',
    ];
    expect(names.map((name) => items.indexOf(within(list).getByRole('listitem', { name })))).toEqual([0, 1, 2, 3]);
    expect(screen.getByRole('listitem', { name: /^Vaihe 2\/4, Asiakkuuden aikana/ })).toBeTruthy();
    expect(screen.getByText('Ohittaa: Ennen asiakkuuden alkua, Seurantavaihe')).toBeTruthy();
    expect(screen.getByText('Ei palvelua: Asiakkuuden aikana, Asiakkuuden päättövaihe')).toBeTruthy();
  });

  it('moves a step down and up by keyboard, keeping the focus on the moved step', async () => {
    const user = userEvent.setup();
    const { doc, path, steps } = boardWithPath();
    renderPanel(doc);
    screen.getByRole('button', { name: 'Siirrä vaihe 1 alas' }).focus();
    await user.keyboard('{Enter}');
    expect(stepTexts(doc, path)).toEqual(['Asumisneuvonta', 'Walk-in-ohjaus', 'Velkaneuvonta']);
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Siirrä vaihe 2 alas'));
    await user.keyboard('{Enter}');
    expect(stepTexts(doc, path)).toEqual(['Asumisneuvonta', 'Velkaneuvonta', 'Walk-in-ohjaus']);
    // Now last: its down button is disabled, so the focus goes to its up button.
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Siirrä vaihe 3 ylös'));
    expect(document.activeElement?.closest('[data-step-id]')?.getAttribute('data-step-id')).toBe(steps[0]);
  });

  it('marks a risk with a reason and clears it again', async () => {
    const user = userEvent.setup();
    const { doc, path, steps } = boardWithPath();
    renderPanel(doc, 'en');
    await user.click(screen.getByRole('button', { name: 'Actions of step 2' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Mark a risk at step 2' }),
      'sent from counter to counter',
    );
    expect(readPath(doc, path)?.steps[1]?.risk).toEqual({ kind: 'counter-to-counter', reason: '' });
    await user.type(screen.getByRole('textbox', { name: 'Reason for the risk at step 2' }), 'Three offices{Enter}');
    expect(readPath(doc, path)?.steps[1]?.risk).toEqual({ kind: 'counter-to-counter', reason: 'Three offices' });
    expect(screen.getByRole('listitem', { name: /risk: sent from counter to counter – Three offices$/ })).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Mark a risk at step 2' }), 'No risk');
    expect(readPath(doc, path)?.steps.find((step) => step.id === steps[1])?.risk).toBeNull();
  });

  it('adds a missing service in a chosen phase from the panel by keyboard', async () => {
    const user = userEvent.setup();
    const { doc, path } = boardWithPath();
    renderPanel(doc);
    await user.click(screen.getByRole('button', { name: 'Lisää puuttuva palvelu polulle A' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Lisää puuttuva palvelu vaiheeseen…' }),
      'Seurantavaihe',
    );
    await user.keyboard('{Tab}Soitto puolen vuoden päästä{Enter}');
    expect(readPath(doc, path)?.steps.at(-1)).toMatchObject({ phase: 'followup', text: 'Soitto puolen vuoden päästä' });
    expect(screen.getByRole('listitem', { name: /^Vaihe 4\/4, Seurantavaihe: Soitto/ })).toBeTruthy();
  });

  it('deletes a path with an undo in the toast, and removes a step the same way', async () => {
    const user = userEvent.setup();
    const { doc, path, steps } = boardWithPath();
    renderPanel(doc);
    await user.click(screen.getByRole('button', { name: 'Vaiheen 2 toiminnot' }));
    await user.click(screen.getByRole('button', { name: 'Poista vaihe 2' }));
    expect(stepTexts(doc, path)).toEqual(['Walk-in-ohjaus', 'Velkaneuvonta']);
    await waitFor(() =>
      expect(document.activeElement?.closest('[data-step-id]')?.getAttribute('data-step-id')).toBe(steps[2]),
    );
    await user.click(screen.getByRole('button', { name: /^Kumoa/ }));
    expect(stepTexts(doc, path)).toEqual(['Walk-in-ohjaus', 'Asumisneuvonta', 'Velkaneuvonta']);

    await user.click(screen.getByRole('button', { name: 'Poista polku A: Kertakävijä' }));
    expect(readPath(doc, path)).toBeUndefined();
    expect(screen.getByText('Tällä taululla ei ole vielä palvelupolkuja.')).toBeTruthy();
    expect(screen.getByText('Polku poistettu: Kertakävijä')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^Kumoa/ }));
    expect(readPath(doc, path)?.steps).toHaveLength(3);
    expect(screen.getByRole('heading', { name: 'Polku A: Kertakävijä' })).toBeTruthy();
  });

  it('shows a path alone or hides it on the table, and draws it again, in Swedish', async () => {
    const user = userEvent.setup();
    const { doc, path } = boardWithPath();
    const { pathUi } = renderPanel(doc, 'sv');
    await user.click(screen.getByRole('button', { name: 'Visa bara denna: stig A' }));
    expect(pathUi.getState().only).toBe(path);
    await user.click(screen.getByRole('button', { name: 'Visa alla' }));
    expect(pathUi.getState().only).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Stig A syns i tabellen' }));
    expect(pathUi.getState().hidden.has(path)).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Rita stig A: välj lappar i tabellen' }));
    expect(pathUi.getState()).toMatchObject({ drawing: path });
    expect(pathUi.getState().hidden.has(path)).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Stig A klar' }));
    expect(pathUi.getState().drawing).toBeNull();
  });

  it('says a refused step in the user language and keeps what was typed', async () => {
    const user = userEvent.setup();
    const { doc, path } = boardWithPath();
    renderPanel(doc, 'sv');
    await user.click(screen.getByRole('button', { name: 'Lägg till en tjänst som saknas i stig A' }));
    const text = screen.getByRole('textbox', { name: 'Vilken tjänst skulle behövas?' });
    await user.type(text, '   {Enter}');
    expect(await screen.findByText('Lappen kan inte vara tom.')).toBeTruthy();
    expect(readPath(doc, path)?.steps).toHaveLength(3);
    expect((text as HTMLInputElement).value).toBe('   ');
  });

  it('warns of personal data in a name, and edits the name and colour with the focus back on Edit', async () => {
    const user = userEvent.setup();
    const { doc, path } = boardWithPath();
    renderPanel(doc);
    await user.click(screen.getByRole('button', { name: 'Muokkaa polkua A' }));
    const name = screen.getByRole('textbox', { name: 'Asiakastyyppi (polun nimi)' });
    expect(document.activeElement).toBe(name);
    await user.type(name, ', puh. 040 123 4567');
    expect(screen.getByText('Nimessä näyttää olevan puhelinnumero.')).toBeTruthy();
    await user.clear(name);
    await user.type(name, 'Kertakävijä chatissa');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Väri' }), 'Violetti');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(readPath(doc, path)).toMatchObject({ name: 'Kertakävijä chatissa', colour: 'purple' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Muokkaa polkua A' })));
  });
});
