import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { NoteId } from '../ids.ts';
import { deleteNote } from '../operations/deleteNote.ts';
import { eraseDeletedNotes } from '../operations/eraseDeletedNotes.ts';
import { moveNote } from '../operations/moveNote.ts';
import { restoreNote } from '../operations/restoreNote.ts';
import { stackNotes } from '../operations/stackNotes.ts';
import { addNote, seededBoard } from '../testing/board.ts';
import { pathWith } from '../testing/paths.ts';
import { deletePath } from './deletePath.ts';
import { pathsMap, stepsOf } from './pathSchema.ts';
import { pathsByNote, readPath, readPaths } from './readPaths.ts';

function board() {
  const doc = seededBoard();
  const walkIn = addNote(doc, 'start:services', 'Walk-in-ohjaus', 1);
  const pairWork = addNote(doc, 'during:collaboration', 'Työparityö', 2);
  const onward = addNote(doc, 'ending:services', 'Jatkopolut', 3);
  return { doc, walkIn, pairWork, onward };
}

describe('readPaths', () => {
  it('keeps a step whose note was deleted, as a missing service, and links it again on restore', () => {
    const { doc, walkIn, pairWork } = board();
    const { path, steps } = pathWith(doc, 'Kertakävijä', [walkIn, pairWork]);
    deleteNote(doc, walkIn);
    const step = readPath(doc, path)?.steps[0];
    expect(step).toEqual({
      id: steps[0],
      phase: 'start',
      key: expect.any(String),
      noteId: walkIn,
      note: null,
      missingService: true,
      text: '',
      risk: null,
    });
    expect(readPath(doc, path)?.steps[1]).toMatchObject({ missingService: false, note: { text: 'Työparityö' } });
    expect(readPath(doc, path)?.phasesWithoutService).toEqual(['start']);
    // Erased, the deleted note says nothing, and the step still stands.
    eraseDeletedNotes(doc);
    expect(readPath(doc, path)?.steps.map((s) => s.missingService)).toEqual([true, false]);
    restoreNote(doc, walkIn);
    expect(readPath(doc, path)?.steps[0]).toMatchObject({ missingService: false, note: { id: walkIn } });
  });

  it('reads a link to a note never on this board as a missing service', () => {
    const { doc, walkIn } = board();
    const { path, steps } = pathWith(doc, 'Kertakävijä', [walkIn]);
    stepsOf(pathsMap(doc).get(path)!).get(steps[0]!)?.set('noteId', 'zzzzzzzzzzzz');
    expect(readPath(doc, path)?.steps[0]).toMatchObject({ noteId: 'zzzzzzzzzzzz', note: null, missingService: true });
  });

  it('lists the phases a path skips and those where it has steps but no service', () => {
    const { doc, walkIn } = board();
    const { path } = pathWith(doc, 'Kertakävijä', [
      { phase: 'before', text: 'Kaveri kertoi' },
      walkIn,
      { phase: 'during', text: 'Ei jatkoa' },
    ]);
    expect(readPath(doc, path)).toMatchObject({
      skippedPhases: ['ending', 'followup'],
      phasesWithoutService: ['before', 'during'],
    });
  });

  it("shows a step's note where the board shows it: its cell now, a stacked note through its head", () => {
    const { doc, walkIn, onward } = board();
    const same = addNote(doc, 'start:services', 'Matalan kynnyksen ohjaus', 4);
    const { path } = pathWith(doc, 'Kertakävijä', [walkIn, same, onward]);
    moveNote(doc, onward, 'followup:services', 'end');
    stackNotes(doc, walkIn, [same]);
    expect(readPath(doc, path)?.steps.map((step) => [step.phase, step.note?.cell, step.note?.shownAs])).toEqual([
      ['start', 'start:services', walkIn],
      ['start', 'start:services', walkIn],
      ['ending', 'followup:services', onward],
    ]);
  });

  it('orders paths oldest first and leaves deleted and malformed ones out', () => {
    const { doc, walkIn } = board();
    const later = pathWith(doc, 'Myöhempi', [walkIn], 300).path;
    const earlier = pathWith(doc, 'Aiempi', [], 200).path;
    const gone = pathWith(doc, 'Poistettu', [], 250).path;
    deletePath(doc, gone);
    const broken = new Y.Map<unknown>();
    broken.set('name', 'Ei askelia');
    pathsMap(doc).set('aaaaaaaaaaaa', broken);
    pathsMap(doc).set('not an id', new Y.Map<unknown>());
    expect(readPaths(doc).map((path) => path.name)).toEqual(['Aiempi', 'Myöhempi']);
    expect([earlier, later].every((id) => readPath(doc, id))).toBe(true);
  });

  it('skips malformed steps and reads a malformed risk or colour as none or the default', () => {
    const { doc, walkIn, pairWork } = board();
    const { path, steps } = pathWith(doc, 'Kertakävijä', [walkIn, pairWork]);
    const map = stepsOf(pathsMap(doc).get(path)!);
    map.get(steps[0]!)?.set('placement', { phase: 'later', key: 'V' });
    map.get(steps[1]!)?.set('risk', { kind: 'lost', reason: 'x' });
    pathsMap(doc).get(path)?.set('colour', 'ultraviolet');
    expect(readPath(doc, path)).toMatchObject({ colour: 'blue' });
    expect(readPath(doc, path)?.steps.map((step) => [step.noteId, step.risk])).toEqual([[pairWork, null]]);
  });
});

describe('pathsByNote', () => {
  it('lists the notes live paths use, the most used first, a stack counted as its head', () => {
    const { doc, walkIn, pairWork, onward } = board();
    const member = addNote(doc, 'start:services', 'Drop-in', 5);
    const one = pathWith(doc, 'Kertakävijä', [walkIn], 101).path;
    const two = pathWith(doc, 'Opiskelupaikka', [member, onward, walkIn], 102).path;
    const three = pathWith(doc, 'Monialainen tuki', [walkIn, pairWork, onward], 103).path;
    const gone = pathWith(doc, 'Poistettu', [pairWork], 104).path;
    deletePath(doc, gone);
    stackNotes(doc, walkIn, [member]);
    deleteNote(doc, pairWork);
    const byNote = pathsByNote(doc);
    expect(byNote).toEqual([
      { note: walkIn, paths: [one, two, three] },
      { note: onward, paths: [two, three] },
    ]);
    expect(byNote.some(({ note }) => note === (pairWork as NoteId))).toBe(false);
  });
});
