import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAgreement } from '../facilitation/addAgreement.ts';
import { deleteNote } from '../operations/deleteNote.ts';
import { stackNotes } from '../operations/stackNotes.ts';
import { addNote, seededBoard } from '../testing/board.ts';
import { seedWorkshop } from '../workshop/seedWorkshop.ts';
import { matchText, searchTerms, snippetOf } from './searchText.ts';
import { agreementSearchItems, noteSearchItems, searchItems } from './searchWorkshop.ts';

const marked = (text: string, query: string) =>
  (matchText(text, searchTerms(query)) ?? []).map((range) => text.slice(range.start, range.end));

describe('search text', () => {
  it('finds Finnish and Swedish words whatever the case and the dots', () => {
    expect(marked('Matalan kynnyksen päivystys', 'PAIVYSTYS')).toEqual(['päivystys']);
    expect(marked('Säkerställa att kunden kan komma tillbaka', 'sakerstalla')).toEqual(['Säkerställa']);
    expect(marked('Nuorten työpajat ja työkokeilu', 'TYÖ')).toEqual(['työ', 'työ']);
    expect(marked('Åtgärder och tjänster', 'åtgärd')).toEqual(['Åtgärd']);
  });

  it('needs every word, marks each, and merges overlaps', () => {
    expect(matchText('Kela-yhteys torstaisin', searchTerms('kela perjantai'))).toBeNull();
    expect(marked('Kela-yhteys torstaisin', 'torstai kela')).toEqual(['Kela', 'torstai']);
    expect(marked('aaaa', 'aa aaa')).toEqual(['aaaa']);
    expect(matchText('mitä tahansa', searchTerms('   '))).toBeNull();
  });

  it('keeps offsets right past letters that fold to two (æ) and surrogate pairs', () => {
    expect(marked('Præst 😀 päivystys', 'paivystys')).toEqual(['päivystys']);
    expect(marked('Læger', 'laeg')).toEqual(['Læg']);
  });

  it('cuts a long text around the first match, the marks moved with it', () => {
    const text = `${'alku '.repeat(40)}ohjaus nuorelle ${'loppu '.repeat(40)}`;
    const marks = matchText(text, searchTerms('ohjaus')) ?? [];
    const snippet = snippetOf(text, marks, 60);
    expect(snippet.cutStart && snippet.cutEnd).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(60);
    const [mark] = snippet.marks;
    expect(mark && snippet.text.slice(mark.start, mark.end)).toBe('ohjaus');
    expect(snippetOf('lyhyt ohjaus', marks.slice(0, 0))).toMatchObject({ text: 'lyhyt ohjaus', cutStart: false });
  });
});

describe('search across a workshop', () => {
  it('finds notes on a board (a stacked one leads to its stack), never deleted ones, and agreement items', () => {
    const board = seededBoard();
    const head = addNote(board, 'start:services', 'Matalan kynnyksen päivystys', 1);
    const member = addNote(board, 'start:services', 'Päivystys tiistaisin', 2);
    const gone = addNote(board, 'during:collaboration', 'Päivystys perjantaisin', 3);
    expect(stackNotes(board, head, [member]).ok).toBe(true);
    expect(deleteNote(board, gone).ok).toBe(true);
    const workshop = new Y.Doc();
    seedWorkshop(workshop, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
    expect(addAgreement(workshop, 'decide-now', { text: 'Päivystys myös iltaisin', owner: 'Nuorisotyö' }).ok).toBe(
      true,
    );

    const items = [...noteSearchItems(board, 2), ...agreementSearchItems(workshop)];
    const hits = searchItems(items, 'paivystys');
    expect(hits.map((hit) => [hit.kind, hit.place, hit.target])).toEqual(
      expect.arrayContaining([
        ['note', { kind: 'board', board: 2 }, head],
        ['note', { kind: 'board', board: 2 }, head],
        ['agreement', { kind: 'agreements' }, expect.any(String)],
      ]),
    );
    expect(hits).toHaveLength(3);
    expect(searchItems(items, 'nuorisotyö').map((hit) => hit.kind)).toEqual(['agreement']);
    expect(searchItems(items, 'paivystys', 1)).toHaveLength(1);
  });
});
