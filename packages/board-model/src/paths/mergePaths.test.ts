import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { NoteId } from '../ids.ts';
import { previewMerge } from '../merge/previewMerge.ts';
import { deleteNote } from '../operations/deleteNote.ts';
import { mergeGroupBoards } from '../operations/mergeGroupBoards.ts';
import { stackNotes } from '../operations/stackNotes.ts';
import { ORIGINS } from '../origins.ts';
import { mergedNoteId } from '../provenance.ts';
import { notesMap } from '../schema.ts';
import { seededBoard } from '../testing/board.ts';
import { addNotes, boardWith, updateCounter } from '../testing/groupBoards.ts';
import { must, pathWith } from '../testing/paths.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { addStep } from './addStep.ts';
import { createPath } from './createPath.ts';
import { deletePath } from './deletePath.ts';
import { MAX_PATHS_PER_BOARD, MAX_STEPS_PER_PATH } from './pathRules.ts';
import { pathsMap } from './pathSchema.ts';
import { mergedPathId } from './pathSource.ts';
import { readPath, readPaths } from './readPaths.ts';
import { removeStep } from './removeStep.ts';
import { renamePath } from './renamePath.ts';

/** Two groups' boards, each with notes and a path through them; group 2's path has a free step and a risk. */
function workshop() {
  const one = boardWith([
    ['start:services', 'Walk-in-ohjaus'],
    ['during:collaboration', 'Työparityö'],
    ['ending:services', 'Jatkopolut'],
  ]);
  const oneWalk = pathWith(one.doc, { name: 'Kertakävijä', colour: 'green' }, [one.ids[0]!, one.ids[2]!], 200);
  const two = boardWith([['start:services', 'Chat-palvelu']], 10);
  const twoPath = pathWith(
    two.doc,
    { name: 'Nuori, joka etsii opiskelupaikkaa', description: 'Opinnot keskeytyneet' },
    [
      { noteId: two.ids[0]!, risk: { kind: 'waiting', reason: 'Chat auki vain iltaisin' } },
      { phase: 'during', text: 'Opinto-ohjaus puuttuu' },
    ],
    300,
  );
  const common = seededBoard();
  const groups = [
    { group: 2, doc: two.doc },
    { group: 1, doc: one.doc },
  ];
  return { one, two, oneWalk, twoPath, common, groups };
}

function merge(common: Y.Doc, groups: readonly { group: number; doc: Y.Doc }[]) {
  return must(mergeGroupBoards(common, groups, { random: seededRandom(7) }));
}

describe('mergeGroupBoards with service paths', () => {
  it("brings each group's paths with the group as source and steps linked to the merged notes", () => {
    const { one, two, oneWalk, twoPath, common, groups } = workshop();
    expect(merge(common, groups)).toMatchObject({ added: 4, paths: { added: 2, stepsAdded: 0 } });
    const paths = readPaths(common);
    expect(paths.map((path) => [path.id, path.name, path.colour, path.source])).toEqual([
      [mergedPathId(1, oneWalk.path), 'Kertakävijä', 'green', { group: 1, path: oneWalk.path }],
      [mergedPathId(2, twoPath.path), 'Nuori, joka etsii opiskelupaikkaa', 'blue', { group: 2, path: twoPath.path }],
    ]);
    expect(paths[0]?.steps.map((step) => [step.id, step.noteId, step.note?.text])).toEqual([
      [oneWalk.steps[0], mergedNoteId(1, one.ids[0]!), 'Walk-in-ohjaus'],
      [oneWalk.steps[1], mergedNoteId(1, one.ids[2]!), 'Jatkopolut'],
    ]);
    expect(paths[1]).toMatchObject({ description: 'Opinnot keskeytyneet', createdAt: 300 });
    expect(paths[1]?.steps).toMatchObject([
      { noteId: mergedNoteId(2, two.ids[0]!), missingService: false, risk: { kind: 'waiting' } },
      { noteId: null, phase: 'during', text: 'Opinto-ohjaus puuttuu', missingService: true },
    ]);
  });

  it('writes nothing when merged again, and brings only the steps a group added since', () => {
    const { one, oneWalk, common, groups } = workshop();
    merge(common, groups);
    const updates = updateCounter(common);
    expect(merge(common, groups).paths).toEqual({ added: 0, stepsAdded: 0 });
    expect(updates()).toBe(0);
    const added = must(
      addStep(one.doc, oneWalk.path, { noteId: one.ids[1]!, position: 1 }, { random: seededRandom(9) }),
    );
    renamePath(one.doc, oneWalk.path, { name: 'Kertakävijä (ryhmä 1)' });
    expect(merge(common, groups).paths).toEqual({ added: 0, stepsAdded: 1 });
    expect(updates()).toBe(1);
    const path = readPath(common, mergedPathId(1, oneWalk.path));
    // The group's order comes with the step's key; the plenary's copy keeps its own name.
    expect(path?.steps.map((step) => step.id)).toEqual([oneWalk.steps[0], added, oneWalk.steps[1]]);
    expect(path?.steps[1]?.note?.text).toBe('Työparityö');
    expect(path?.name).toBe('Kertakävijä');
    expect(merge(common, groups).paths).toEqual({ added: 0, stepsAdded: 0 });
    expect(updates()).toBe(1);
  });

  it('leaves a path or step the plenary deleted as it is, adding no steps to a deleted path', () => {
    const { two, oneWalk, twoPath, common, groups } = workshop();
    merge(common, groups);
    deletePath(common, mergedPathId(2, twoPath.path));
    removeStep(common, mergedPathId(1, oneWalk.path), oneWalk.steps[0]!);
    must(addStep(two.doc, twoPath.path, { phase: 'ending', text: 'Ei jatkoa' }, { random: seededRandom(5) }));
    const updates = updateCounter(common);
    expect(merge(common, groups).paths).toEqual({ added: 0, stepsAdded: 0 });
    expect(updates()).toBe(0);
    expect(readPaths(common).map((path) => path.steps.length)).toEqual([1]);
  });

  it("links a step to the merged stack head when its note is stacked on the group's board", () => {
    const { one, oneWalk, common, groups } = workshop();
    const [dropIn] = addNotes(one.doc, [['start:services', 'Drop-in']], 40);
    const step = must(addStep(one.doc, oneWalk.path, { noteId: dropIn! }, { random: seededRandom(4) }));
    must(stackNotes(one.doc, one.ids[0]!, [dropIn!]));
    merge(common, groups);
    const merged = readPath(common, mergedPathId(1, oneWalk.path))?.steps.find((s) => s.id === step);
    expect(merged).toMatchObject({ noteId: mergedNoteId(1, one.ids[0]!), missingService: false });
  });

  it('links a step whose note the group deleted to the id the note would get: a missing service', () => {
    const { one, oneWalk, common, groups } = workshop();
    deleteNote(one.doc, one.ids[2]!);
    merge(common, groups);
    const steps = readPath(common, mergedPathId(1, oneWalk.path))?.steps ?? [];
    expect(steps.map((step) => [step.noteId, step.missingService])).toEqual([
      [mergedNoteId(1, one.ids[0]!), false],
      [mergedNoteId(1, one.ids[2]!), true],
    ]);
    expect(notesMap(common).has(mergedNoteId(1, one.ids[2]!))).toBe(false);
  });

  it('follows a note merged under another id, as its recorded source says', () => {
    const { one, oneWalk, common, groups } = workshop();
    merge(common, groups);
    // A merged note recorded elsewhere (an older merge, an import): the link follows the record.
    const moved = 'mmmmmmmmmmmm' as NoteId;
    const original = notesMap(common).get(mergedNoteId(1, one.ids[0]!))!;
    const copy = new Y.Map<unknown>();
    copy.set('text', new Y.Text('Walk-in-ohjaus'));
    copy.set('placement', original.get('placement'));
    copy.set('deleted', false);
    const sources = new Y.Map<unknown>();
    sources.set(`1:${one.ids[0]}`, {
      group: 1,
      note: one.ids[0],
      text: 'Walk-in-ohjaus',
      colour: 'yellow',
      kind: 'note',
    });
    copy.set('sources', sources);
    notesMap(common).delete(mergedNoteId(1, one.ids[0]!));
    notesMap(common).set(moved, copy);
    pathsMap(common).delete(mergedPathId(1, oneWalk.path));
    merge(common, groups);
    expect(readPath(common, mergedPathId(1, oneWalk.path))?.steps[0]).toMatchObject({
      noteId: moved,
      missingService: false,
    });
  });

  it('is previewed as it is done, and undone with the notes in one step', () => {
    const { common, groups } = workshop();
    const preview = must(previewMerge(common, groups));
    expect(preview.summary.paths).toEqual({ added: 2, stepsAdded: 0 });
    const undo = new Y.UndoManager([notesMap(common), pathsMap(common)], {
      trackedOrigins: new Set([ORIGINS.mergeGroupBoards]),
    });
    expect(merge(common, groups)).toEqual(preview.summary);
    undo.undo();
    expect(readPaths(common)).toEqual([]);
  });

  it('writes the same paths when two facilitators merge at once', () => {
    const { common, groups } = workshop();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(common));
    merge(common, groups);
    must(mergeGroupBoards(other, groups, { random: seededRandom(8) }));
    Y.applyUpdate(other, Y.encodeStateAsUpdate(common));
    Y.applyUpdate(common, Y.encodeStateAsUpdate(other));
    expect(readPaths(other)).toEqual(readPaths(common));
    expect(readPaths(common)).toHaveLength(2);
    expect(readPaths(common)[0]?.steps.every((step) => !step.missingService)).toBe(true);
  });
});

describe('mergeGroupBoards within the path limits', () => {
  it('brings only the paths and steps that fit, so the server never drops the merge', () => {
    const { one, oneWalk, common, groups } = workshop();
    const random = seededRandom(5);
    for (let index = 0; index < MAX_PATHS_PER_BOARD - 1; index++)
      must(createPath(common, { name: `P${index}` }, { random }));
    expect(merge(common, groups)).toMatchObject({ paths: { added: 1, stepsAdded: 0 } });
    expect(pathsMap(common).size).toBe(MAX_PATHS_PER_BOARD);

    const merged = mergedPathId(1, oneWalk.path);
    const steps = readPath(common, merged)?.steps.length ?? 0;
    for (let index = steps; index < MAX_STEPS_PER_PATH - 1; index++) {
      must(addStep(common, merged, { phase: 'before', text: `Askel ${index}` }, { random }));
    }
    must(addStep(one.doc, oneWalk.path, { phase: 'ending', text: 'Jatko 1' }, { random }));
    must(addStep(one.doc, oneWalk.path, { phase: 'ending', text: 'Jatko 2' }, { random }));
    expect(merge(common, groups)).toMatchObject({ paths: { added: 0, stepsAdded: 1 } });
    expect(readPath(common, merged)?.steps).toHaveLength(MAX_STEPS_PER_PATH);
  });
});
