import { createNote, deleteNote, mergeGroupBoards, type NoteId, seedBoard, stackNotes } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { printableFromDoc } from './fromDoc.ts';

function board(group?: number): Y.Doc {
  const doc = new Y.Doc();
  seedBoard(doc, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1, ...(group ? { group } : {}) });
  return doc;
}

function add(doc: Y.Doc, text: string, kind: 'note' | 'gap' | 'idea' = 'note'): NoteId {
  const result = createNote(doc, 'start:services', { text, kind, colour: 'green' });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('printableFromDoc', () => {
  it('is undefined before the board has its meta', () => {
    expect(printableFromDoc(new Y.Doc(), { date: '2026-11-24' })).toBeUndefined();
  });

  it('reads visible notes in order with kind, colour, groups, votes and stacks', () => {
    const groupTwo = board(2);
    add(groupTwo, 'Ryhmän kakkosen lappu', 'gap');
    const common = board();
    const first = add(common, 'Ensimmäinen');
    const gone = add(common, 'Poistettu');
    const member = add(common, 'Sama asia');
    deleteNote(common, gone);
    stackNotes(common, first, [member]);
    mergeGroupBoards(common, [{ group: 2, doc: groupTwo }]);

    const printable = printableFromDoc(common, {
      date: '2026-11-24',
      round: 'Kierros 2',
      votes: new Map([[first, 3]]),
    });
    expect(printable?.title).toBe('Kehittämispäivä');
    expect(printable?.boardLabel).toBe('Yhteinen taulukko');
    expect(printable?.round).toBe('Kierros 2');
    const notes = printable?.cells['start:services'] ?? [];
    expect(notes.map((n) => n.text)).toEqual(['Ensimmäinen', 'Ryhmän kakkosen lappu']);
    expect(notes[0]).toMatchObject({ votes: 3, stacked: 1, groups: [], colour: 'green', kind: 'note' });
    expect(notes[1]).toMatchObject({ groups: [2], kind: 'gap' });
    expect(notes[1]?.votes).toBeUndefined();
  });

  it('names a group board by its group', () => {
    expect(printableFromDoc(board(4), { date: '2026-11-24' })?.boardLabel).toBe('Ryhmä 4');
  });

  it('prints in the language asked for, else the board’s', () => {
    const swedish = printableFromDoc(board(4), { date: '2026-11-24', language: 'sv' });
    expect([swedish?.language, swedish?.boardLabel]).toEqual(['sv', 'Grupp 4']);
  });
});
