import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { NoteId } from '../ids.ts';
import { addNote, seededBoard } from '../testing/board.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { seedWorkshop } from '../workshop/seedWorkshop.ts';
import { addAgreement } from './addAgreement.ts';
import { type AgreementView, readAgreements } from './agreement.ts';
import { closeRound } from './closeRound.ts';
import { compareAgreementsWithRound, hasAgreementChanges } from './compareAgreements.ts';
import { moveAgreement, removeAgreement } from './moveAgreement.ts';
import { readRound } from './round.ts';
import { updateAgreement } from './updateAgreement.ts';

function item(id: string, changes: Partial<AgreementView> = {}): AgreementView {
  return {
    id,
    section: 'decide-now',
    key: 'a0',
    text: `Kohta ${id}`,
    owner: '',
    due: null,
    status: 'open',
    notes: [],
    paths: [],
    createdAt: 1,
    ...changes,
  };
}

function added(doc: Y.Doc, text: string, seed: number): string {
  const result = addAgreement(doc, 'needs-preparation', { text }, { random: seededRandom(seed) });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('compareAgreementsWithRound', () => {
  it('finds nothing when nothing changed', () => {
    const items = [item('a'), item('b')];
    const comparison = compareAgreementsWithRound(items, items);
    expect(hasAgreementChanges(comparison)).toBe(false);
    expect(comparison.added).toEqual([]);
  });

  it('lists new, removed, re-statused, moved and reworded items', () => {
    const before = [item('a'), item('b'), item('c'), item('d')];
    const current = [
      item('a', { status: 'done' }),
      item('c', { section: 'adoption', owner: 'Aino' }),
      item('d', { text: 'Uusi muotoilu', due: '2027-03-01' }),
      item('e'),
    ];
    const comparison = compareAgreementsWithRound(current, before);
    expect(comparison.added.map((x) => x.id)).toEqual(['e']);
    expect(comparison.removed.map((x) => x.id)).toEqual(['b']);
    expect(comparison.statusChanged.map(({ item: x, from }) => [x.id, from, x.status])).toEqual([
      ['a', 'open', 'done'],
    ]);
    expect(comparison.sectionChanged.map(({ item: x, from }) => [x.id, from, x.section])).toEqual([
      ['c', 'decide-now', 'adoption'],
    ]);
    expect(comparison.edited.map(({ item: x, before: text }) => [x.id, text, x.text])).toEqual([
      ['d', 'Kohta d', 'Uusi muotoilu'],
    ]);
    expect(hasAgreementChanges(comparison)).toBe(true);
  });

  it('compares the register of a workshop document with a closed round', () => {
    const doc = new Y.Doc();
    seedWorkshop(doc, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
    const board = seededBoard();
    const note: NoteId = addNote(board, 'start:services', 'Matala kynnys', 1);
    const kept = added(doc, 'Parityö', 2);
    const dropped = added(doc, 'Yhteinen kalenteri', 3);
    const round = closeRound(doc, board, { name: 'Syksy', date: '2026-11-24' }, { random: seededRandom(4) });
    if (!round.ok) throw new Error(round.error);
    updateAgreement(doc, kept, { status: 'in-progress' });
    moveAgreement(doc, kept, 'decide-now', 'end', { random: seededRandom(5) });
    removeAgreement(doc, dropped);
    const fresh = addAgreement(doc, 'adoption', { text: 'Perehdytys', notes: [note] }, { random: seededRandom(6) });
    const comparison = compareAgreementsWithRound(readAgreements(doc), readRound(doc, round.value)?.agreements ?? []);
    expect(comparison.added.map((x) => x.id)).toEqual([fresh.ok && fresh.value]);
    expect(comparison.removed.map((x) => x.text)).toEqual(['Yhteinen kalenteri']);
    expect(comparison.statusChanged.map(({ item: x, from }) => [x.text, from, x.status])).toEqual([
      ['Parityö', 'open', 'in-progress'],
    ]);
    expect(comparison.sectionChanged.map(({ from, item: x }) => [from, x.section])).toEqual([
      ['needs-preparation', 'decide-now'],
    ]);
  });
});
