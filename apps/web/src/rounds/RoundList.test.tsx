import { closeRound, createPath, type Result, readRounds, seedBoard, seedWorkshop } from '@avaa/board-model';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { plural } from '../i18n/index.ts';
import { usePreferences } from '../state/preferences.ts';
import { RoundList } from './RoundList.tsx';

function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('RoundList', () => {
  it('counts the service paths a round kept; a round from before paths counts none', () => {
    act(() => usePreferences.getState().chooseLanguage('fi'));
    const workshop = new Y.Doc();
    seedWorkshop(workshop, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
    const table = new Y.Doc();
    seedBoard(table, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
    must(createPath(table, { name: 'Kertakävijä' }));
    must(closeRound(workshop, table, { name: 'Kevät', date: '2027-01-15' }, { now: () => 10 }));
    workshop.getMap('rounds').set('old', { name: 'Syksy', date: '2026-10-01', closedAt: 5, notes: [], agreements: [] });
    render(<RoundList rounds={readRounds(workshop)} chosen={null} onChoose={() => {}} />);
    const notes = plural('fi', 'count.notes', 0);
    const agreements = plural('fi', 'count.agreements', 0);
    expect(screen.getByText(`${notes}, ${plural('fi', 'pathChanges.count', 1)}, ${agreements}`)).toBeTruthy();
    expect(screen.getByText(`${notes}, ${agreements}`)).toBeTruthy();
  });
});
