import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { editNoteText } from '../operations/editNoteText.ts';
import { mergeGroupBoards } from '../operations/mergeGroupBoards.ts';
import { readAllNotes } from '../schema.ts';
import { addNote, seededBoard } from '../testing/board.ts';
import { boardWith } from '../testing/groupBoards.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { previewMerge } from './previewMerge.ts';

function workshop() {
  const one = boardWith([
    ['start:services', 'Walk-in-ohjaus ilman ajanvarausta'],
    ['start:services', 'Chat-palvelu iltaisin'],
    ['during:collaboration', 'Työparityö'],
  ]);
  const two = boardWith(
    [
      ['start:services', 'Walk-in ohjaus ilman ajanvarausta'],
      ['ending:services', 'Jatko-ohjaus'],
    ],
    10,
  );
  const common = seededBoard();
  addNote(common, 'start:services', 'Plenaarin oma lappu', 100);
  return {
    common,
    groups: [
      { group: 2, doc: two.doc },
      { group: 1, doc: one.doc },
    ],
    one,
  };
}

describe('previewMerge', () => {
  it('says per group and cell what the merge would add, in table order, and writes nothing', () => {
    const { common, groups } = workshop();
    const before = Y.encodeStateAsUpdate(common);
    const preview = previewMerge(common, groups);
    if (!preview.ok) throw new Error(preview.error);
    expect(Y.encodeStateAsUpdate(common)).toEqual(before);
    expect(
      preview.value.cells.map(({ group, cell, added, updated }) => ({
        group,
        cell,
        added: added.map((note) => note.text),
        updated,
      })),
    ).toEqual([
      {
        group: 1,
        cell: 'start:services',
        added: ['Walk-in-ohjaus ilman ajanvarausta', 'Chat-palvelu iltaisin'],
        updated: 0,
      },
      { group: 2, cell: 'start:services', added: ['Walk-in ohjaus ilman ajanvarausta'], updated: 0 },
      { group: 2, cell: 'ending:services', added: ['Jatko-ohjaus'], updated: 0 },
      { group: 1, cell: 'during:collaboration', added: ['Työparityö'], updated: 0 },
    ]);
    expect(preview.value.summary).toMatchObject({ added: 5, updated: 0 });
  });

  it('proposes the stacks the merged cell would offer, among new and present notes', () => {
    const { common, groups } = workshop();
    const preview = previewMerge(common, groups);
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.value.stacks).toEqual([
      {
        cell: 'start:services',
        texts: ['Walk-in-ohjaus ilman ajanvarausta', 'Walk-in ohjaus ilman ajanvarausta'],
      },
    ]);
  });

  it('counts the notes that would follow their group’s change in their cell', () => {
    const { common, groups, one } = workshop();
    mergeGroupBoards(common, groups, { random: seededRandom(1) });
    editNoteText(one.doc, one.ids[2]!, 'Työparityö ja tiimityö');
    const preview = previewMerge(common, groups);
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.value.cells).toEqual([{ group: 1, cell: 'during:collaboration', added: [], updated: 1 }]);
    expect(preview.value.stacks).toEqual([]);
  });

  it('is what the merge then does', () => {
    const { common, groups } = workshop();
    const preview = previewMerge(common, groups);
    const merged = mergeGroupBoards(common, groups, { random: seededRandom(2) });
    if (!preview.ok || !merged.ok) throw new Error('refused');
    expect(merged.value).toEqual(preview.value.summary);
    const addedTexts = preview.value.cells.flatMap((cell) => cell.added.map((note) => note.text)).sort();
    const mergedTexts = readAllNotes(common)
      .filter((note) => note.sources.length > 0)
      .map((note) => note.text)
      .sort();
    expect(mergedTexts).toEqual(addedTexts);
  });

  it('refuses what the merge refuses', () => {
    const { common } = workshop();
    expect(previewMerge(common, [{ group: 1, doc: common }])).toEqual({ ok: false, error: 'duplicate-group' });
  });
});
