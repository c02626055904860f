import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergeGroupBoards } from '../operations/mergeGroupBoards.ts';
import { MAX_PATHS_PER_BOARD, MAX_STEPS_PER_PATH } from '../paths/pathRules.ts';
import { type PathId, pathsMap, type StepId } from '../paths/pathSchema.ts';
import { readPaths } from '../paths/readPaths.ts';
import { removeStep } from '../paths/removeStep.ts';
import { must } from '../testing/paths.ts';
import { sampleWorkshop } from '../testing/sampleWorkshop.ts';
import { exportWorkshop } from './exportWorkshop.ts';
import { importWorkshop } from './importWorkshop.ts';
import type { WorkshopExport } from './types.ts';
import { validateWorkshopExport } from './validate.ts';

/** Parsed JSON, to break on purpose field by field. */
type Json = ReturnType<typeof JSON.parse>;

const sampleExport = (): WorkshopExport => {
  const sample = sampleWorkshop();
  return exportWorkshop(sample.workshop, sample);
};

/** Through JSON text, validation and fresh documents, as a file and a new workshop would take it. */
function imported(data: unknown) {
  const parsed = validateWorkshopExport(JSON.parse(JSON.stringify(data)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return importWorkshop(parsed.value);
}

const errorsOf = (mutate: (data: Json) => void) => {
  const data = JSON.parse(JSON.stringify(sampleExport()));
  mutate(data);
  const result = validateWorkshopExport(data);
  return result.ok ? [] : result.errors;
};

describe('service paths in the JSON export', () => {
  it('exports every path with its steps in order, deleted paths and removed steps included', () => {
    const paths = sampleExport().boards.plenary.paths ?? [];
    expect(paths.map((path) => [path.name, path.deleted, path.source?.group ?? null])).toEqual([
      ['Kertakävijä', false, 1],
      ['Engångsbesökare', false, 2],
      ['Nuori, joka etsii opiskelupaikkaa', false, null],
      ['Poistettu polku', true, null],
    ]);
    const student = paths[2];
    expect(student?.steps.map((step) => [step.phase, step.text, step.risk, step.removed])).toEqual([
      ['before', '', null, false],
      ['during', 'Työkokeilu – *ei tarjolla*', { kind: 'drop-out', reason: '' }, false],
      ['ending', 'Poistettava askel', null, true],
      ['followup', 'Seurantasoitto', null, false],
    ]);
    // A deleted note is exported, so the step keeps its link to it.
    const deleted = sampleExport().boards.plenary.notes.find((note) => note.deleted);
    expect(student?.steps[3]?.noteId).toBe(deleted?.id);
  });

  it('writes a link to a note the board does not have as null: the missing service it reads as', () => {
    const sample = sampleWorkshop();
    const merged = readPaths(sample.plenary).find((path) => path.name === 'Engångsbesökare');
    // The group note was deleted before the merge, so the merged step links to an id never on the board.
    expect(merged?.steps[0]?.noteId).not.toBeNull();
    expect(merged?.steps[0]?.note).toBeNull();
    const exported = exportWorkshop(sample.workshop, sample).boards.plenary.paths?.[1];
    expect(exported?.steps[0]).toMatchObject({ id: merged?.steps[0]?.id, noteId: null, text: '' });
  });

  it('imports the paths as the path operations store them', () => {
    const docs = imported(sampleExport());
    const live = readPaths(docs.plenary);
    expect(live.map((path) => path.name)).toEqual([
      'Kertakävijä',
      'Engångsbesökare',
      'Nuori, joka etsii opiskelupaikkaa',
    ]);
    expect(live[2]?.steps.map((step) => [step.phase, step.missingService])).toEqual([
      ['before', false],
      ['during', true],
      ['followup', true],
    ]);
    expect(live[0]?.source).toEqual({ group: 1, path: readPaths(docs.groups.get(1) as Y.Doc)[0]?.id });
    expect(readPaths(docs.groups.get(1) as Y.Doc).map((path) => path.name)).toEqual(['Kertakävijä']);
  });

  it('keeps what the plenary deleted or removed so: merging the imported groups again brings nothing back', () => {
    const sample = sampleWorkshop();
    const merged = readPaths(sample.plenary)[0];
    must(removeStep(sample.plenary, merged?.id as PathId, merged?.steps[1]?.id as StepId));
    const docs = imported(exportWorkshop(sample.workshop, sample));
    const groups = [...docs.groups].map(([group, doc]) => ({ group, doc }));
    const summary = must(mergeGroupBoards(docs.plenary, groups));
    expect(summary.paths).toEqual({ added: 0, stepsAdded: 0 });
    expect(readPaths(docs.plenary)[0]?.steps).toHaveLength(1);
  });

  it('writes what a foreign client left on a path so that the export still imports', () => {
    const sample = sampleWorkshop();
    const raw = new Y.Map<unknown>();
    raw.set('name', `  Pitkä\tnimi\n${'ä'.repeat(100)}`);
    raw.set('description', 'Kuvaus\u0007');
    raw.set('colour', 'pink');
    raw.set('createdAt', 'eilen');
    const steps = new Y.Map<unknown>();
    const step = new Y.Map<unknown>();
    step.set('placement', { phase: 'start', key: 'V' });
    step.set('noteId', 'zzzzzzzzzzzz');
    step.set('risk', { kind: 'waiting', reason: `Jono\n${'x'.repeat(300)}` });
    steps.set('aaaaaaaaaaaa', step);
    raw.set('steps', steps);
    pathsMap(sample.plenary).set('rawpath00000', raw);
    const first = exportWorkshop(sample.workshop, sample);
    const path = first.boards.plenary.paths?.[0];
    expect(path).toMatchObject({ id: 'rawpath00000', colour: 'blue', createdAt: 0, description: 'Kuvaus' });
    expect(path?.name).toBe(`Pitkä nimi ${'ä'.repeat(69)}`);
    expect(path?.steps[0]).toMatchObject({ noteId: null, text: '', removed: false });
    expect(path?.steps[0]?.risk?.reason).toBe(`Jono ${'x'.repeat(195)}`);
    const docs = imported(first);
    expect(JSON.stringify(exportWorkshop(docs.workshop, docs))).toBe(JSON.stringify(first));
  });

  it('still imports an export from before paths, as boards without paths', () => {
    const data = JSON.parse(JSON.stringify(sampleExport()));
    delete data.boards.plenary.paths;
    for (const board of Object.values(data.boards.groups) as Json[]) delete board.paths;
    const docs = imported(data);
    expect(pathsMap(docs.plenary).size).toBe(0);
    const again = exportWorkshop(docs.workshop, docs);
    expect(again.boards.plenary.paths).toEqual([]);
    expect(again.boards.groups['1']?.paths).toEqual([]);
  });
});

describe('validating the paths of an import', () => {
  const student = (d: Json) => d.boards.plenary.paths[2];

  it('refuses a step naming a note that is not on its board, with the field named', () => {
    expect(errorsOf((d) => (student(d).steps[0].noteId = 'zzzzzzzzzzzz'))).toEqual([
      { path: 'boards.plenary.paths[2].steps[0].noteId', reason: 'unknown-note' },
    ]);
    // A note of group 1's board is not a note of the common table.
    expect(
      errorsOf((d) => {
        d.boards.groups['1'].paths[0].steps[0].noteId = d.boards.plenary.notes.find((note: Json) => note.deleted).id;
      }),
    ).toEqual([{ path: 'boards.groups.1.paths[0].steps[0].noteId', reason: 'unknown-note' }]);
    expect(errorsOf((d) => (student(d).steps[0].noteId = 'Not an id'))).toEqual([
      { path: 'boards.plenary.paths[2].steps[0].noteId', reason: 'invalid-id' },
    ]);
  });

  it('refuses an unknown phase, colour or risk kind, and over-long or multi-line names and reasons', () => {
    const errors = errorsOf((d) => {
      student(d).steps[1].phase = 'lunch';
      student(d).colour = 'yellow';
      student(d).steps[1].risk.kind = 'boredom';
      d.boards.plenary.paths[0].name = 'N'.repeat(81);
      d.boards.plenary.paths[1].name = 'Kaksi\nriviä';
      d.boards.plenary.paths[0].steps[1].risk.reason = 'R'.repeat(201);
      student(d).steps[3].text = 'bell\u0007';
    });
    expect(errors).toEqual([
      { path: 'boards.plenary.paths[0].name', reason: 'invalid-name' },
      { path: 'boards.plenary.paths[0].steps[1].risk.reason', reason: 'invalid-text' },
      { path: 'boards.plenary.paths[1].name', reason: 'invalid-name' },
      { path: 'boards.plenary.paths[2].colour', reason: 'unknown-colour' },
      { path: 'boards.plenary.paths[2].steps[1].phase', reason: 'unknown-phase' },
      { path: 'boards.plenary.paths[2].steps[1].risk.kind', reason: 'unknown-risk' },
      { path: 'boards.plenary.paths[2].steps[3].text', reason: 'invalid-text' },
    ]);
    // 80 code points is the bound, as for a path drawn on the board.
    expect(errorsOf((d) => (d.boards.plenary.paths[0].name = 'Å'.repeat(80)))).toEqual([]);
  });

  it('refuses more paths on a board or steps on a path than the board may hold, before reading them', () => {
    const many = (count: number, item: Json) => Array.from({ length: count }, () => JSON.parse(JSON.stringify(item)));
    expect(
      errorsOf((d) => (d.boards.plenary.paths = many(MAX_PATHS_PER_BOARD + 1, d.boards.plenary.paths[0]))),
    ).toEqual([{ path: 'boards.plenary.paths', reason: 'too-many-paths' }]);
    expect(errorsOf((d) => (student(d).steps = many(MAX_STEPS_PER_PATH + 1, student(d).steps[0])))).toEqual([
      { path: 'boards.plenary.paths[2].steps', reason: 'too-many-steps' },
    ]);
  });

  it('refuses duplicate ids, unknown and missing fields, a bad source and a bad order', () => {
    const errors = errorsOf((d) => {
      d.boards.plenary.paths[1].id = d.boards.plenary.paths[0].id;
      student(d).steps[1].id = student(d).steps[0].id;
      student(d).steps[0].createdBy = 'q4w8e1r6t2y9';
      delete student(d).steps[2].removed;
      student(d).steps[3].order = '';
      d.boards.plenary.paths[0].source.group = 99;
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'boards.plenary.paths[1].id', reason: 'duplicate-id' },
        { path: 'boards.plenary.paths[2].steps[1].id', reason: 'duplicate-id' },
        { path: 'boards.plenary.paths[2].steps[0].createdBy', reason: 'unknown-field' },
        { path: 'boards.plenary.paths[2].steps[2].removed', reason: 'missing' },
        { path: 'boards.plenary.paths[2].steps[3].order', reason: 'invalid-order' },
        { path: 'boards.plenary.paths[0].source.group', reason: 'invalid-group-number' },
      ]),
    );
    expect(errors).toHaveLength(6);
    expect(errorsOf((d) => (d.boards.plenary.paths = {}))).toEqual([
      { path: 'boards.plenary.paths', reason: 'not-an-array' },
    ]);
  });
});
