import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteNote } from '../operations/deleteNote.ts';
import { restoreNote } from '../operations/restoreNote.ts';
import { addStep } from '../paths/addStep.ts';
import { deletePath } from '../paths/deletePath.ts';
import { moveStep } from '../paths/moveStep.ts';
import type { StepId } from '../paths/pathSchema.ts';
import { readPaths } from '../paths/readPaths.ts';
import { removeStep } from '../paths/removeStep.ts';
import { renamePath } from '../paths/renamePath.ts';
import { updateStep } from '../paths/updateStep.ts';
import { addNote, seededBoard } from '../testing/board.ts';
import { must, pathWith } from '../testing/paths.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { seedWorkshop } from '../workshop/seedWorkshop.ts';
import { closeRound } from './closeRound.ts';
import { comparePathsWithRound, hasPathChanges } from './comparePaths.ts';
import { type Round, readRound, roundsMap } from './round.ts';

function workshop(): Y.Doc {
  const doc = new Y.Doc();
  seedWorkshop(doc, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
  return doc;
}

function close(doc: Y.Doc, board: Y.Doc, at = 1000): Round {
  const id = must(
    closeRound(doc, board, { name: 'Kevät', date: '2027-01-15' }, { random: seededRandom(at), now: () => at }),
  );
  return readRound(doc, id) as Round;
}

/** A table with three services and one path through them, a free step in `before` first. */
function table() {
  const board = seededBoard();
  const walkIn = addNote(board, 'start:services', 'Walk-in-ohjaus', 1);
  const pairWork = addNote(board, 'during:collaboration', 'Työparityö', 2);
  const onward = addNote(board, 'ending:services', 'Jatkopolut', 3);
  const { path, steps } = pathWith(board, 'Kertakävijä', [
    { phase: 'before', text: 'Some-mainonta' },
    walkIn,
    { noteId: pairWork, risk: { kind: 'counter-to-counter', reason: 'Ohjataan luukulta toiselle' } },
    onward,
  ]);
  return { board, walkIn, pairWork, onward, path, steps };
}

const changesOf = (board: Y.Doc, round: Round) => comparePathsWithRound(readPaths(board), round.paths);

describe('rounds keep the service paths', () => {
  it('snapshots each live path with its steps in order, as they showed', () => {
    const doc = workshop();
    const { board, walkIn, path, steps } = table();
    const gone = pathWith(board, 'Poistettu polku', [], 200).path;
    must(deletePath(board, gone));
    const round = close(doc, board);
    expect(round.paths?.map((p) => p.id)).toEqual([path]);
    expect(round.paths?.[0]?.steps.map((step) => [step.phase, step.label, step.missingService])).toEqual([
      ['before', 'Some-mainonta', true],
      ['start', 'Walk-in-ohjaus', false],
      ['during', 'Työparityö', false],
      ['ending', 'Jatkopolut', false],
    ]);
    expect(round.paths?.[0]?.steps[1]).toMatchObject({ id: steps[1], noteId: walkIn, risk: null });
    expect(round.paths?.[0]?.steps[2]?.risk).toEqual({
      kind: 'counter-to-counter',
      reason: 'Ohjataan luukulta toiselle',
    });
    // Nothing changed yet.
    const none = changesOf(board, round);
    expect(none.recorded).toBe(true);
    expect(hasPathChanges(none)).toBe(false);
  });

  it('reads a round closed before rounds kept paths as no paths: no crash, no phantom changes', () => {
    const doc = workshop();
    const { board } = table();
    roundsMap(doc).set('old', { name: 'Syksy', date: '2026-10-01', closedAt: 5, notes: [], agreements: [] });
    const round = readRound(doc, 'old') as Round;
    expect(round.paths).toBeNull();
    const changes = changesOf(board, round);
    expect(changes.recorded).toBe(false);
    expect(hasPathChanges(changes)).toBe(false);
    expect(changes.added).toEqual([]);
  });

  it('leaves out malformed paths and steps a hand-edited round holds', () => {
    const doc = workshop();
    const step = {
      id: 'aaaaaaaaaaaa',
      phase: 'start',
      noteId: null,
      label: 'Ohjaus',
      missingService: true,
      risk: null,
    };
    roundsMap(doc).set('odd', {
      name: 'Syksy',
      date: '2026-10-01',
      closedAt: 5,
      notes: [],
      agreements: [],
      paths: [
        { id: 'bbbbbbbbbbbb', name: 'Polku', colour: 'blue', steps: [step, { ...step, phase: 'someday' }, 'x'] },
        { id: 'NOT AN ID', name: 'x', colour: 'blue', steps: [] },
        null,
      ],
    });
    expect((readRound(doc, 'odd') as Round).paths).toEqual([
      { id: 'bbbbbbbbbbbb', name: 'Polku', colour: 'blue', steps: [step] },
    ]);
  });
});

describe('comparing paths with a round', () => {
  it('lists paths added, removed and renamed', () => {
    const doc = workshop();
    const { board, path } = table();
    const removed = pathWith(board, 'Nuori, joka etsii opiskelupaikkaa', [], 300).path;
    const round = close(doc, board);
    must(renamePath(board, path, { name: 'Kertakävijä, joka palaa' }));
    must(deletePath(board, removed));
    const added = pathWith(board, 'Nuori, joka tarvitsee monialaista tukea', [], 400).path;
    const changes = changesOf(board, round);
    expect(changes.added.map((p) => p.id)).toEqual([added]);
    expect(changes.removed.map((p) => [p.id, p.name])).toEqual([[removed, 'Nuori, joka etsii opiskelupaikkaa']]);
    expect(changes.renamed.map((r) => [r.path.name, r.before])).toEqual([['Kertakävijä, joka palaa', 'Kertakävijä']]);
    // A new or removed path's steps are not listed again one by one.
    expect(changes.stepsAdded).toEqual([]);
    expect(changes.stepsRemoved).toEqual([]);
  });

  it('lists steps added, removed and moved to another phase or place, and only those', () => {
    const doc = workshop();
    const { board, path, steps } = table();
    const round = close(doc, board);
    const [free, walkIn, pairWork, onward] = steps as [StepId, StepId, StepId, StepId];
    must(removeStep(board, path, onward));
    const added = must(
      addStep(board, path, { phase: 'followup', text: 'Seurantasoitto' }, { random: seededRandom(9) }),
    );
    must(moveStep(board, path, pairWork, { position: 'start' }, { random: seededRandom(10) }));
    must(moveStep(board, path, free, { position: 1, phase: 'start' }, { random: seededRandom(11) }));
    const changes = changesOf(board, round);
    expect(changes.stepsAdded.map((s) => [s.step.id, s.step.text])).toEqual([[added, 'Seurantasoitto']]);
    expect(changes.stepsRemoved.map((s) => [s.step.id, s.step.label])).toEqual([[onward, 'Jatkopolut']]);
    // pairWork went to the front, free changed phase; walkIn kept its order with the rest.
    expect(changes.stepsMoved.map((m) => [m.step.id, m.from, m.step.phase]).sort()).toEqual(
      [
        [pairWork, 'during', 'during'],
        [free, 'before', 'start'],
      ].sort(),
    );
    expect(changes.stepsMoved.some((m) => m.step.id === walkIn)).toBe(false);
  });

  it('lists a step added before the others as added, not the others as moved', () => {
    const doc = workshop();
    const { board, path } = table();
    const round = close(doc, board);
    must(addStep(board, path, { phase: 'before', text: 'Esite', position: 'start' }, { random: seededRandom(9) }));
    const changes = changesOf(board, round);
    expect(changes.stepsAdded).toHaveLength(1);
    expect(changes.stepsMoved).toEqual([]);
  });

  it('lists risks added and resolved, and missing services filled', () => {
    const doc = workshop();
    const { board, walkIn, path, steps } = table();
    deleteNote(board, walkIn);
    const round = close(doc, board);
    expect(round.paths?.[0]?.steps[1]?.missingService).toBe(true);
    const [, walkInStep, pairWork, onward] = steps as [StepId, StepId, StepId, StepId];
    must(updateStep(board, path, pairWork, { risk: null }));
    must(updateStep(board, path, onward, { risk: { kind: 'drop-out', reason: 'Ei jatkoa' } }));
    const risky = must(
      addStep(
        board,
        path,
        { phase: 'followup', text: 'Jono', risk: { kind: 'waiting', reason: '' } },
        { random: seededRandom(9) },
      ),
    );
    restoreNote(board, walkIn);
    const changes = changesOf(board, round);
    expect(changes.risksResolved.map((r) => [r.step.id, r.risk.kind])).toEqual([[pairWork, 'counter-to-counter']]);
    expect(changes.risksAdded.map((r) => r.step.id)).toEqual([onward, risky]);
    expect(changes.filled.map((f) => [f.step.id, f.step.note?.text])).toEqual([[walkInStep, 'Walk-in-ohjaus']]);
  });
});
