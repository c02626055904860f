import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { NoteId } from '../ids.ts';
import { boardViolations } from '../invariants.ts';
import { ORIGINS } from '../origins.ts';
import { mergedNoteId } from '../provenance.ts';
import { notesInCell, notesMap, readAllNotes, readNote } from '../schema.ts';
import type { CellId } from '../template.ts';
import { addNote, seededBoard } from '../testing/board.ts';
import { addNotes, boardWith, updateCounter } from '../testing/groupBoards.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { deleteNote } from './deleteNote.ts';
import { editNoteText } from './editNoteText.ts';
import { mergeGroupBoards } from './mergeGroupBoards.ts';
import { setNoteColour } from './setNoteColour.ts';
import { stackNotes } from './stackNotes.ts';

const texts = (doc: Y.Doc, cell: CellId) => notesInCell(doc, cell).map((note) => note.text);
const ZERO = {
  added: 0,
  updated: 0,
  unchanged: 0,
  keptPlenaryEdit: 0,
  sourceRemoved: 0,
  deletedInPlenary: 0,
  invalidSource: 0,
};

/** Two groups' boards after a breakout round, and a common table with one note of its own. */
function workshop() {
  const one = boardWith([
    ['start:services', 'Walk-in-ohjaus'],
    ['start:services', { text: 'Ei ajanvarausta', colour: 'blue', kind: 'gap' }],
    ['during:collaboration', 'Työparityö'],
  ]);
  const two = boardWith([['start:services', 'Chat-palvelu']], 10);
  const common = seededBoard();
  addNote(common, 'start:services', 'Plenaarin oma lappu', 100);
  const groups = [
    { group: 2, doc: two.doc },
    { group: 1, doc: one.doc },
  ];
  return { one, two, common, groups };
}

function merge(common: Y.Doc, groups: readonly { group: number; doc: Y.Doc }[]) {
  const result = mergeGroupBoards(common, groups, { random: seededRandom(7) });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('mergeGroupBoards', () => {
  it('appends every group note to its cell, groups in number order, with its source', () => {
    const { one, two, common, groups } = workshop();
    expect(merge(common, groups)).toMatchObject({ ...ZERO, added: 4, review: [] });
    expect(texts(common, 'start:services')).toEqual([
      'Plenaarin oma lappu',
      'Walk-in-ohjaus',
      'Ei ajanvarausta',
      'Chat-palvelu',
    ]);
    expect(texts(common, 'during:collaboration')).toEqual(['Työparityö']);
    const gap = readNote(common, mergedNoteId(1, one.ids[1]!));
    expect(gap).toMatchObject({ colour: 'blue', kind: 'gap', deleted: false });
    expect(gap?.sources).toEqual([
      { group: 1, note: one.ids[1], text: 'Ei ajanvarausta', colour: 'blue', kind: 'gap' },
    ]);
    expect(readNote(common, mergedNoteId(2, two.ids[0]!))?.sources.map((s) => s.group)).toEqual([2]);
    expect(boardViolations(common)).toEqual([]);
  });

  it('writes nothing when merged again with nothing changed', () => {
    const { common, groups } = workshop();
    merge(common, groups);
    const updates = updateCounter(common);
    expect(merge(common, groups)).toMatchObject({ ...ZERO, unchanged: 4 });
    expect(updates()).toBe(0);
  });

  it('adds what a group added and follows what it edited, once', () => {
    const { one, common, groups } = workshop();
    merge(common, groups);
    editNoteText(one.doc, one.ids[0]!, 'Walk-in-ohjaus ilman ajanvarausta');
    const [added] = addNotes(one.doc, [['ending:services', 'Jatkopolut']], 50);
    const updates = updateCounter(common);
    expect(merge(common, groups)).toMatchObject({ ...ZERO, added: 1, updated: 1, unchanged: 3 });
    expect(updates()).toBe(1);
    expect(readNote(common, mergedNoteId(1, one.ids[0]!))?.text).toBe('Walk-in-ohjaus ilman ajanvarausta');
    expect(readNote(common, mergedNoteId(1, one.ids[0]!))?.sources[0]?.text).toBe('Walk-in-ohjaus ilman ajanvarausta');
    expect(readNote(common, mergedNoteId(1, added!))?.cell).toBe('ending:services');
    expect(merge(common, groups)).toMatchObject({ ...ZERO, unchanged: 5 });
    expect(updates()).toBe(1);
    expect(readAllNotes(common)).toHaveLength(6);
  });

  it("keeps the plenary's edit when the group edited too, and reports it until settled", () => {
    const { one, common, groups } = workshop();
    merge(common, groups);
    const id = mergedNoteId(1, one.ids[0]!);
    editNoteText(common, id, 'Walk-in-ohjaus (sovittu yhdessä)');
    expect(merge(common, groups)).toMatchObject({ ...ZERO, unchanged: 4 });
    editNoteText(one.doc, one.ids[0]!, 'Walk-in-ohjaus arkisin');
    const updates = updateCounter(common);
    const summary = merge(common, groups);
    expect(summary).toMatchObject({ ...ZERO, unchanged: 3, keptPlenaryEdit: 1 });
    expect(summary.review).toEqual([
      { reason: 'kept-plenary-edit', note: id, source: expect.objectContaining({ text: 'Walk-in-ohjaus arkisin' }) },
    ]);
    expect(readNote(common, id)?.text).toBe('Walk-in-ohjaus (sovittu yhdessä)');
    expect(readNote(common, id)?.sources[0]?.text).toBe('Walk-in-ohjaus');
    expect(merge(common, groups).keptPlenaryEdit).toBe(1);
    expect(updates()).toBe(0);
    // The plenary takes the group's wording: the record catches up, and the report ends.
    editNoteText(common, id, 'Walk-in-ohjaus arkisin');
    expect(merge(common, groups)).toMatchObject({ ...ZERO, updated: 1, unchanged: 3 });
    expect(merge(common, groups)).toMatchObject({ ...ZERO, unchanged: 4 });
  });

  it('follows colour and kind the same way as text', () => {
    const { one, common, groups } = workshop();
    merge(common, groups);
    const [first, second] = [mergedNoteId(1, one.ids[0]!), mergedNoteId(1, one.ids[1]!)];
    setNoteColour(one.doc, one.ids[0]!, 'green');
    setNoteColour(common, second, 'pink');
    setNoteColour(one.doc, one.ids[1]!, 'orange');
    expect(merge(common, groups)).toMatchObject({ ...ZERO, updated: 1, keptPlenaryEdit: 1, unchanged: 2 });
    expect([readNote(common, first)?.colour, readNote(common, second)?.colour]).toEqual(['green', 'pink']);
  });

  it('leaves notes the plenary deleted or stacked as they are, and does not bring them back', () => {
    const { one, two, common, groups } = workshop();
    merge(common, groups);
    const [walkIn, , pairWork] = one.ids.map((id) => mergedNoteId(1, id));
    const chat = mergedNoteId(2, two.ids[0]!);
    deleteNote(common, pairWork!);
    stackNotes(common, walkIn!, [chat]);
    const updates = updateCounter(common);
    expect(merge(common, groups)).toMatchObject({ ...ZERO, unchanged: 3, deletedInPlenary: 1 });
    expect(updates()).toBe(0);
    expect(texts(common, 'start:services')).toEqual(['Plenaarin oma lappu', 'Walk-in-ohjaus', 'Ei ajanvarausta']);
    expect(texts(common, 'during:collaboration')).toEqual([]);
    // A stacked note still follows its source, so unstacking shows the group's latest words.
    editNoteText(two.doc, two.ids[0]!, 'Chat-palvelu iltaisin');
    editNoteText(one.doc, one.ids[2]!, 'Työparityö ja tiimityö');
    expect(merge(common, groups)).toMatchObject({ ...ZERO, updated: 1, unchanged: 2, deletedInPlenary: 1 });
    expect(readNote(common, chat)).toMatchObject({ text: 'Chat-palvelu iltaisin', stackedInto: walkIn });
    expect(readNote(common, pairWork!)).toMatchObject({ text: 'Työparityö', deleted: true });
    expect(readAllNotes(common)).toHaveLength(5);
  });

  it('reports a merged note whose source the group removed, and leaves it', () => {
    const { one, common, groups } = workshop();
    merge(common, groups);
    deleteNote(one.doc, one.ids[2]!);
    const summary = merge(common, groups);
    expect(summary).toMatchObject({ ...ZERO, unchanged: 3, sourceRemoved: 1 });
    expect(summary.review).toEqual([
      { reason: 'source-removed', note: mergedNoteId(1, one.ids[2]!), source: expect.objectContaining({ group: 1 }) },
    ]);
    expect(texts(common, 'during:collaboration')).toEqual(['Työparityö']);
  });

  it('merges only the groups given: a later group joins without disturbing the others', () => {
    const { common, groups } = workshop();
    merge(common, groups.slice(0, 1));
    expect(merge(common, groups)).toMatchObject({ ...ZERO, added: 3, unchanged: 1 });
    expect(texts(common, 'start:services')).toEqual([
      'Plenaarin oma lappu',
      'Chat-palvelu',
      'Walk-in-ohjaus',
      'Ei ajanvarausta',
    ]);
  });

  it('skips a group note whose text breaks the rules, as concurrent edits can leave it', () => {
    const { one, common, groups } = workshop();
    const text = notesMap(one.doc).get(one.ids[2]!)?.get('text') as Y.Text;
    text.delete(0, text.length);
    expect(merge(common, groups)).toMatchObject({ ...ZERO, added: 3, invalidSource: 1 });
  });

  it('undoes a whole merge in one step, leaving earlier edits', () => {
    const { one, common, groups } = workshop();
    const undo = new Y.UndoManager(notesMap(common), { trackedOrigins: new Set([ORIGINS.mergeGroupBoards, null]) });
    merge(common, groups);
    undo.stopCapturing();
    const own = readAllNotes(common).find((note) => note.sources.length === 0)!;
    editNoteText(common, own.id, 'Plenaarin lappu');
    editNoteText(one.doc, one.ids[0]!, 'Walk-in-ohjaus arkisin');
    addNotes(one.doc, [['followup:services', 'Palautekysely']], 60);
    undo.stopCapturing();
    merge(common, groups);
    undo.undo();
    expect(texts(common, 'start:services')).toEqual([
      'Plenaarin lappu',
      'Walk-in-ohjaus',
      'Ei ajanvarausta',
      'Chat-palvelu',
    ]);
    expect(texts(common, 'followup:services')).toEqual([]);
    undo.undo();
    expect(readNote(common, own.id)?.text).toBe('Plenaarin oma lappu');
    undo.undo();
    expect(readAllNotes(common).map((note) => note.text)).toEqual(['Plenaarin oma lappu']);
  });

  it.each([
    [[{ group: 0 }], 'group-out-of-range'],
    [[{ group: 100 }], 'group-out-of-range'],
    [[{ group: 1.5 }], 'group-out-of-range'],
    [[{ group: 1 }, { group: 1 }], 'duplicate-group'],
  ])('refuses groups %j with %s', (entries, reason) => {
    const common = seededBoard();
    const groups = entries.map(({ group }) => ({ group, doc: boardWith([['start:services', 'x']]).doc }));
    expect(mergeGroupBoards(common, groups)).toEqual({ ok: false, error: reason });
    expect(readAllNotes(common)).toEqual([]);
  });

  it('refuses one board given twice, or the common board as a group', () => {
    const { common, one } = workshop();
    const twice = [
      { group: 1, doc: one.doc },
      { group: 2, doc: one.doc },
    ];
    expect(mergeGroupBoards(common, twice)).toEqual({ ok: false, error: 'duplicate-group' });
    expect(mergeGroupBoards(common, [{ group: 1, doc: common }])).toEqual({ ok: false, error: 'duplicate-group' });
  });

  it('merges 3 groups of 100 notes in one update, then nothing', () => {
    const random = seededRandom(3);
    const cells: CellId[] = ['start:services', 'during:services', 'during:collaboration', 'ending:participation'];
    const groups = [1, 2, 3].map((group) => {
      const notes = Array.from({ length: 100 }, (_, i) => [
        cells[Math.floor(random() * 4)]!,
        `Ryhmä ${group} lappu ${i}`,
      ]);
      return { group, doc: boardWith(notes as [CellId, string][], group * 1000).doc };
    });
    const common = seededBoard();
    const updates = updateCounter(common);
    expect(merge(common, groups)).toMatchObject({ ...ZERO, added: 300 });
    expect(merge(common, groups)).toMatchObject({ ...ZERO, unchanged: 300 });
    expect(updates()).toBe(1);
    expect(boardViolations(common)).toEqual([]);
    const first = notesInCell(common, 'start:services').map((note) => note.sources[0]!);
    const order = first.map((source) => [source.group, Number(source.text.split(' ')[3])]);
    expect(order).toEqual([...order].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
  });
});

describe('mergedNoteId', () => {
  it('is FNV-1a 64 of the source key, base 36, 12 characters', () => {
    expect(mergedNoteId(1, 'aaaaaaaaaaaa' as NoteId)).toBe('dxvt3avyzf8m');
    expect(mergedNoteId(2, 'aaaaaaaaaaaa' as NoteId)).toBe('8ukhzx7368xl');
    expect(mergedNoteId(99, '0123456789ab' as NoteId)).toBe('pqvx2l3jyenz');
  });
});
