import { createNote, type NoteId, type PersonId, publishReactions } from '@avaa/board-model';
import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderOnBoard, standInForLayout, testBoard } from '../testing/renderOnBoard.tsx';
import { TestWorkshop, workshopDoc } from '../testing/workshopFixture.tsx';
import { NoteReactions } from './NoteReactions.tsx';

function setup(access: { role: 'participant' | 'viewer'; token: string | null }, language: 'fi' | 'sv' = 'fi') {
  const workshop = workshopDoc({
    people: [
      { name: 'Työvalmentaja', role: 'core-staff' },
      { name: 'Ohjaaja', role: 'core-staff' },
    ],
  });
  const [anna, pekka] = workshop.ids as PersonId[];
  const doc = testBoard();
  const note = createNote(doc, 'start:services', { text: 'Matala kynnys' });
  if (!note.ok || !anna || !pekka) throw new Error('setup');
  renderOnBoard(
    <TestWorkshop
      doc={workshop.doc}
      access={{ role: access.role, personId: access.role === 'participant' ? anna : null, personToken: access.token }}
    >
      <NoteReactions note={note.value} />
    </TestWorkshop>,
    doc,
    { canEdit: access.role === 'participant', language },
  );
  return { doc, note: note.value as NoteId, anna, pekka };
}

describe('NoteReactions', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = standInForLayout();
  });
  afterEach(() => restore());

  it('shows each chosen reaction with its count, names in the tooltip, live', () => {
    const { doc, note, anna, pekka } = setup({ role: 'participant', token: 'personal-token' });
    expect(screen.queryByRole('list', { name: 'Reaktiot' })).toBeNull();
    act(() => {
      const people = [anna, pekka].sort();
      publishReactions(
        doc,
        new Map([[note, { agree: { count: 2, people }, idea: { count: 1, people: [anna] } }]]),
        false,
      );
    });
    const agree = screen.getByRole('button', { name: 'Samaa mieltä: 2' });
    expect(agree.getAttribute('aria-pressed')).toBe('false');
    expect(agree.title).toContain('Työvalmentaja');
    expect(agree.title).toContain('Ohjaaja');
    expect(screen.getByRole('button', { name: 'Idea: 1' }).title).toBe('Idea: 1 (Työvalmentaja)');
    expect(screen.queryByRole('button', { name: /Kysymys/ })).toBeNull();
  });

  it('names nobody when reactions are anonymous, and is no toggle for a screen that does not react (sv)', () => {
    const { doc, note } = setup({ role: 'viewer', token: null }, 'sv');
    act(() => publishReactions(doc, new Map([[note, { question: { count: 3 } }]]), true));
    const question = screen.getByRole('img', { name: 'Fråga: 3' });
    expect(question.title).toBe('Fråga: 3');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
