import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { NoteId } from '../ids.ts';
import { boardViolations } from '../invariants.ts';
import { proposeCellStacks } from '../merge/proposeCellStacks.ts';
import { mergedNoteId } from '../provenance.ts';
import { notesInCell, notesMap, readNote } from '../schema.ts';
import { stackMembers, stackSources, stacksByHead } from '../stacks.ts';
import type { CellId } from '../template.ts';
import { exchange, seededBoard } from '../testing/board.ts';
import { boardWith } from '../testing/groupBoards.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { deleteNote } from './deleteNote.ts';
import { editNoteText } from './editNoteText.ts';
import { mergeGroupBoards } from './mergeGroupBoards.ts';
import { moveNote } from './moveNote.ts';
import { restoreNote } from './restoreNote.ts';
import { stackNotes } from './stackNotes.ts';
import { unstackNotes } from './unstackNotes.ts';

const CELL: CellId = 'start:services';
const texts = (doc: Y.Doc, cell: CellId = CELL) => notesInCell(doc, cell).map((note) => note.text);

function cell(...notes: string[]) {
  return boardWith(notes.map((text) => [CELL, text] as const));
}

describe('stackNotes and unstackNotes', () => {
  it('hides members under the head and brings them back right after it, in order', () => {
    const { doc, ids } = cell('A', 'B', 'C', 'D', 'E');
    const [a, b, , d] = ids;
    expect(stackNotes(doc, a!, [d!, b!])).toEqual({ ok: true, value: undefined });
    expect(texts(doc)).toEqual(['A', 'C', 'E']);
    expect(stackMembers(doc, a!).map((note) => note.text)).toEqual(['B', 'D']);
    expect(readNote(doc, b!)?.stackedInto).toBe(a);
    expect(boardViolations(doc)).toEqual([]);
    expect(unstackNotes(doc, a!, { random: seededRandom(1) }).ok).toBe(true);
    expect(texts(doc)).toEqual(['A', 'B', 'D', 'C', 'E']);
    expect(stacksByHead(doc).size).toBe(0);
    expect(notesMap(doc).get(b!)?.has('stackedInto')).toBe(false);
    expect(boardViolations(doc)).toEqual([]);
  });

  it('moves and deletes the stack with its head; editing the stack edits the head', () => {
    const { doc, ids } = cell('A', 'B', 'C');
    const [a, b] = ids;
    stackNotes(doc, a!, [b!]);
    expect(editNoteText(doc, a!, 'A ja B').ok).toBe(true);
    moveNote(doc, a!, 'during:services', 'end');
    expect(texts(doc)).toEqual(['C']);
    expect(texts(doc, 'during:services')).toEqual(['A ja B']);
    deleteNote(doc, a!);
    expect(texts(doc, 'during:services')).toEqual([]);
    restoreNote(doc, a!);
    expect(stackMembers(doc, a!).map((note) => note.text)).toEqual(['B']);
    unstackNotes(doc, a!);
    expect(texts(doc, 'during:services')).toEqual(['A ja B', 'B']);
  });

  it('takes a whole stack in as members, one level deep', () => {
    const { doc, ids } = cell('A', 'B', 'C');
    const [a, b, c] = ids;
    stackNotes(doc, b!, [c!]);
    stackNotes(doc, a!, [b!]);
    expect(notesMap(doc).get(c!)?.get('stackedInto')).toBe(a);
    expect(stackMembers(doc, a!).map((note) => note.text)).toEqual(['B', 'C']);
  });

  it('refuses what would not make a stack', () => {
    const { doc, ids } = cell('A', 'B', 'C');
    const [a, b, c] = ids;
    const elsewhere = boardWith([['during:services', 'X']], 9);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(elsewhere.doc));
    expect(stackNotes(doc, a!, [])).toEqual({ ok: false, error: 'stack-without-members' });
    expect(stackNotes(doc, a!, [b!, b!])).toEqual({ ok: false, error: 'duplicate-stack-member' });
    expect(stackNotes(doc, a!, [a!])).toEqual({ ok: false, error: 'duplicate-stack-member' });
    expect(stackNotes(doc, a!, [elsewhere.ids[0]!])).toEqual({ ok: false, error: 'stack-cells-differ' });
    expect(unstackNotes(doc, a!)).toEqual({ ok: false, error: 'not-a-stack' });
    stackNotes(doc, a!, [b!]);
    expect(stackNotes(doc, c!, [b!])).toEqual({ ok: false, error: 'note-stacked' });
    expect(stackNotes(doc, b!, [c!])).toEqual({ ok: false, error: 'note-stacked' });
    expect(unstackNotes(doc, b!)).toEqual({ ok: false, error: 'note-stacked' });
    deleteNote(doc, c!);
    expect(stackNotes(doc, a!, [c!])).toEqual({ ok: false, error: 'note-deleted' });
    expect(stackNotes(doc, a!, ['nonexistent0' as NoteId])).toEqual({ ok: false, error: 'unknown-note' });
  });

  it('resolves a cycle from concurrent stacking to one head, the smaller id', () => {
    const { doc: left, ids } = cell('A', 'B');
    const right = new Y.Doc();
    exchange(left, right);
    const [a, b] = ids as [NoteId, NoteId];
    stackNotes(left, a, [b]);
    stackNotes(right, b, [a]);
    exchange(left, right);
    const [head, member] = a < b ? [a, b] : [b, a];
    for (const doc of [left, right]) {
      expect(notesInCell(doc, CELL).map((note) => note.id)).toEqual([head]);
      expect(readNote(doc, member)?.stackedInto).toBe(head);
      expect(boardViolations(doc)).toEqual([]);
    }
    expect(unstackNotes(left, head).ok).toBe(true);
    expect(texts(left)).toHaveLength(2);
  });

  it('resolves a chain from concurrent stacking to its end', () => {
    const { doc: left, ids } = cell('A', 'H', 'K');
    const right = new Y.Doc();
    exchange(left, right);
    const [a, h, k] = ids;
    stackNotes(left, h!, [a!]);
    stackNotes(right, k!, [h!]);
    exchange(left, right);
    expect(texts(left)).toEqual(['K']);
    expect(readNote(left, a!)?.stackedInto).toBe(k);
    expect(stackMembers(left, k!).map((note) => note.text)).toEqual(['A', 'H']);
    expect(boardViolations(left)).toEqual([]);
    unstackNotes(left, k!, { random: seededRandom(2) });
    expect(texts(left)).toEqual(['K', 'A', 'H']);
  });
});

describe('stacks of merged notes', () => {
  it('gathers the sources of a stack, and a later merge leaves the stack alone', () => {
    const one = boardWith([[CELL, 'Palveluohjaus nuorille']]);
    const two = boardWith([[CELL, 'palveluohjausta nuorille']], 5);
    const groups = [
      { group: 1, doc: one.doc },
      { group: 2, doc: two.doc },
    ];
    const common = seededBoard();
    mergeGroupBoards(common, groups);
    const [head, member] = [mergedNoteId(1, one.ids[0]!), mergedNoteId(2, two.ids[0]!)];
    expect(proposeCellStacks(common, CELL).map((stack) => stack.noteIds)).toEqual([[head, member]]);
    stackNotes(common, head, [member]);
    expect(proposeCellStacks(common, CELL)).toEqual([]);
    expect(stackSources(common, head).map((source) => source.group)).toEqual([1, 2]);
    expect(readNote(common, head)?.sources.map((source) => source.group)).toEqual([1]);
    expect(mergeGroupBoards(common, groups)).toMatchObject({ ok: true, value: { added: 0, unchanged: 2 } });
    expect(texts(common)).toEqual(['Palveluohjaus nuorille']);
  });
});
