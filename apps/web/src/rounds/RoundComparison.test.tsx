import {
  addStep,
  closeRound,
  createNote,
  createPath,
  deleteNote,
  type Language,
  moveStep,
  type PathId,
  type Result,
  type Round,
  readRound,
  restoreNote,
  seedWorkshop,
  updateStep,
} from '@avaa/board-model';
import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { translate } from '../i18n/index.ts';
import { usePreferences } from '../state/preferences.ts';
import { RoundComparison } from './RoundComparison.tsx';

function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** A common table with a path, a round closed on it, and changes to the path since. */
function changedTable() {
  const workshop = new Y.Doc();
  seedWorkshop(workshop, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
  const table = new Y.Doc();
  const walkIn = must(createNote(table, 'start:services', { text: 'Walk-in-ohjaus' }));
  const pairWork = must(createNote(table, 'during:collaboration', { text: 'Työparityö' }));
  const path = must(createPath(table, { name: 'Kertakävijä' }));
  const waiting = { kind: 'waiting', reason: 'Jono' } as const;
  const first = must(addStep(table, path, { noteId: walkIn, risk: waiting }));
  const second = must(addStep(table, path, { noteId: pairWork }));
  deleteNote(table, pairWork);
  const round = readRound(workshop, must(closeRound(workshop, table, { name: 'Kevät', date: '2027-01-15' }))) as Round;
  must(updateStep(table, path, first, { risk: null }));
  must(moveStep(table, path, second, { position: 'start', phase: 'start' }));
  restoreNote(table, pairWork);
  must(addStep(table, path, { phase: 'ending', text: 'Jatko-ohjaus' }));
  const other: PathId = must(createPath(table, { name: 'Nuori, joka etsii opiskelupaikkaa' }));
  return { workshop, table, round, other };
}

function show(language: Language, round: Round, table: Y.Doc) {
  act(() => usePreferences.getState().chooseLanguage(language));
  render(<RoundComparison round={round} tableDoc={table} items={[]} />);
  const heading = screen.getByRole('heading', { level: 3, name: translate(language, 'pathChanges.heading') });
  return within(heading.parentElement as HTMLElement);
}

describe("RoundComparison's service paths", () => {
  for (const language of ['fi', 'sv'] as const) {
    it(`lists each kind of change with its count in words, in ${language}`, () => {
      const { round, table } = changedTable();
      const paths = show(language, round, table);
      const heading = (key: string, count: number) =>
        paths.getByRole('heading', {
          level: 4,
          name: translate(language, `pathChanges.${key}.${count === 1 ? 'one' : 'other'}` as never, { count }),
        });
      const list = (key: string) => within(heading(key, 1).nextElementSibling as HTMLElement);
      expect(list('added').getByText('Nuori, joka etsii opiskelupaikkaa')).toBeTruthy();
      expect(list('stepsAdded').getByText('Jatko-ohjaus')).toBeTruthy();
      expect(list('stepsMoved').getByText('Työparityö')).toBeTruthy();
      expect(list('risksResolved').getByText('Walk-in-ohjaus')).toBeTruthy();
      expect(list('filled').getByText('Työparityö')).toBeTruthy();
      expect(paths.queryByText(translate(language, 'compare.nothing'))).toBeNull();
    });
  }

  it('says a round from before paths were kept cannot be compared, and lists no phantom changes', () => {
    const { workshop, table } = changedTable();
    workshop.getMap('rounds').set('old', { name: 'Syksy', date: '2026-10-01', closedAt: 5, notes: [], agreements: [] });
    const paths = show('fi', readRound(workshop, 'old') as Round, table);
    expect(paths.getByText(translate('fi', 'pathChanges.notRecorded'))).toBeTruthy();
    expect(paths.queryAllByRole('heading', { level: 4 })).toEqual([]);
  });
});
