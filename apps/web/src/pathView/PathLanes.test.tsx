import { readPaths } from '@avaa/board-model';
import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePreferences } from '../state/preferences.ts';
import { laneLayout, phaseSummaries } from './lanes.ts';
import { PathLanes } from './PathLanes.tsx';
import { PathList } from './PathList.tsx';
import { boardWithPaths } from './samplePaths.ts';

/** The accessible names of the elements of a role, in document order, as a screen reader gets them. */
function namesOf(container: HTMLElement, role: 'rowheader' | 'cell'): string[] {
  const names: string[] = [];
  within(container).queryAllByRole(role, {
    name: (name) => {
      names.push(name);
      return true;
    },
  });
  return names;
}

function lanesOfSample() {
  const lanes = laneLayout(readPaths(boardWithPaths().doc));
  return { lanes, summaries: phaseSummaries(lanes) };
}

describe('PathLanes', () => {
  it('is a table a screen reader reads by path and phase', () => {
    act(() => usePreferences.getState().chooseLanguage('fi'));
    const { lanes, summaries } = lanesOfSample();
    render(<PathLanes lanes={lanes} summaries={summaries} />);
    const table = screen.getByRole('table', { name: 'Palvelupolut vaiheittain' });
    const columns = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(columns).toEqual([
      'Polku',
      'Ennen asiakkuuden alkua',
      'Alkuvaihe',
      'Asiakkuuden aikana',
      'Asiakkuuden päättövaihe',
      'Seurantavaihe',
    ]);
    const paths = namesOf(table, 'rowheader');
    // Each path by its letter, as on the table and in the panel.
    expect(paths).toEqual([
      'Polku A: Kertakävijä',
      'Polku B: Nuori, joka etsii opiskelupaikkaa',
      'Polku C: Nuori, joka tarvitsee monialaista tukea',
      'Yhteenveto',
    ]);
    const visitor = within(table).getByRole('row', { name: /^Polku A: Kertakävijä/ });
    const cells = within(visitor).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      'ohitettu',
      '1. Walk-in-ohjaus ⚠ riski: katoaminen palveluviidakkoon: Ei jatkoaikaa',
      'polku päättyy',
      'polku päättyy',
      'polku päättyy',
    ]);
    // A step is a list item, numbered by its place in the path.
    expect(within(cells[1] as HTMLElement).getByRole('listitem').textContent).toMatch(/^1\. Walk-in-ohjaus/);
  });

  it('marks a free step and a deleted note as a missing service, in words', () => {
    act(() => usePreferences.getState().chooseLanguage('fi'));
    const { lanes, summaries } = lanesOfSample();
    render(<PathLanes lanes={lanes} summaries={summaries} />);
    const support = screen.getByRole('row', { name: /^Polku C: Nuori, joka tarvitsee/ });
    const during = within(support).getAllByRole('cell')[2] as HTMLElement;
    expect(
      within(during)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['2. Verkostopalaveri ⚠ riski: luukuttaminen', '3. ⊘ Puuttuva palvelu: Ohjaus koulutukseen']);
    const summary = screen.getByRole('row', { name: /^Yhteenveto/ });
    expect(within(summary).getAllByRole('cell')[3]?.textContent).toBe('Ilman palvelua: 1 Riskejä: 0 Ohitettu: 2');
  });

  it('speaks Swedish, phases and risks included', () => {
    act(() => usePreferences.getState().chooseLanguage('sv'));
    const { lanes, summaries } = lanesOfSample();
    render(<PathLanes lanes={lanes} summaries={summaries} />);
    expect(screen.getByRole('columnheader', { name: 'Inledningsskedet' })).toBeDefined();
    const cells = namesOf(screen.getByRole('table'), 'cell');
    expect(cells).toEqual([
      'hoppas över',
      '1. Walk-in-ohjaus risk: försvinner i servicedjungeln: Ei jatkoaikaa',
      'stigen slutar',
      'stigen slutar',
      'stigen slutar',
      '1. Somekanavat nuorille',
      'hoppas över',
      '2. Saknad tjänst: lappen borttagen',
      'hoppas över',
      '3. Saknad tjänst: Seurantasoitto puolen vuoden päästä',
      'hoppas över',
      '1. Walk-in-ohjaus',
      '2. Verkostopalaveri risk: skickas från lucka till lucka 3. Saknad tjänst: Ohjaus koulutukseen',
      '4. Saknad tjänst: Jatko-ohjaus aikuissosiaalityöhön',
      'stigen slutar',
      'Utan tjänst: 0 Risker: 0 Hoppas över: 2',
      'Utan tjänst: 0 Risker: 1 Hoppas över: 1',
      'Utan tjänst: 1 Risker: 1 Hoppas över: 1',
      'Utan tjänst: 1 Risker: 0 Hoppas över: 2',
      'Utan tjänst: 1 Risker: 0 Hoppas över: 2',
    ]);
  });
});

describe('PathList', () => {
  it('stacks each path as its own ordered list, each step naming its phase', () => {
    act(() => usePreferences.getState().chooseLanguage('fi'));
    render(<PathList lanes={lanesOfSample().lanes} />);
    const student = screen.getByRole('region', { name: 'Polku B: Nuori, joka etsii opiskelupaikkaa' });
    expect(
      within(student)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Ennen asiakkuuden alkua1. Somekanavat nuorille',
      'Asiakkuuden aikana2. ⊘ Puuttuva palvelu: lappu poistettu',
      'Seurantavaihe3. ⊘ Puuttuva palvelu: Seurantasoitto puolen vuoden päästä',
    ]);
    expect(within(student).getByText(/^ohitettu:/).textContent).toBe('ohitettu: Alkuvaihe, Asiakkuuden päättövaihe');
    const visitor = screen.getByRole('region', { name: 'Polku A: Kertakävijä' });
    expect(within(visitor).getByText(/^ohitettu:/).textContent).toBe('ohitettu: Ennen asiakkuuden alkua');
    expect(within(visitor).getByText(/^Polku päättyy/).textContent).toBe(
      'Polku päättyy ennen vaiheita: Asiakkuuden aikana, Asiakkuuden päättövaihe, Seurantavaihe',
    );
  });
});
