import { describe, expect, it } from 'vitest';
import type { NoteId } from '../ids.ts';
import { deleteNote } from '../operations/deleteNote.ts';
import { stackNotes } from '../operations/stackNotes.ts';
import type { PhaseId } from '../template.ts';
import { addNote, seededBoard } from '../testing/board.ts';
import { must, pathWith } from '../testing/paths.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { addStep } from './addStep.ts';
import { deletePath } from './deletePath.ts';
import { moveStep } from './moveStep.ts';
import { MAX_RISK_REASON_LENGTH } from './pathRules.ts';
import { isStepId, type PathId, pathsMap, type RiskKind, type StepId, stepsOf } from './pathSchema.ts';
import { readPath } from './readPaths.ts';
import { removeStep } from './removeStep.ts';
import { updateStep } from './updateStep.ts';

/** A board with a note in three phases and a path through none of them yet. */
function board() {
  const doc = seededBoard();
  const walkIn = addNote(doc, 'start:services', 'Walk-in-ohjaus', 1);
  const pairWork = addNote(doc, 'during:collaboration', 'Työparityö', 2);
  const onward = addNote(doc, 'ending:services', 'Jatkopolut', 3);
  const { path } = pathWith(doc, 'Nuori, joka tarvitsee monialaista tukea');
  return { doc, walkIn, pairWork, onward, path };
}

const random = (seed: number) => ({ random: seededRandom(seed) });
const labels = (doc: ReturnType<typeof board>['doc'], path: PathId) =>
  readPath(doc, path)?.steps.map((step) => `${step.phase}:${step.note?.text ?? step.text}`);

describe('addStep', () => {
  it("links a note in the note's phase, or adds a free step in a phase, at the end or an index", () => {
    const { doc, walkIn, pairWork, onward, path } = board();
    const first = must(addStep(doc, path, { noteId: walkIn }, random(1)));
    must(addStep(doc, path, { noteId: onward }, random(2)));
    must(addStep(doc, path, { noteId: pairWork, position: 1 }, random(3)));
    must(addStep(doc, path, { phase: 'before', text: ' Some-mainonta nuorille ', position: 'start' }, random(4)));
    must(addStep(doc, path, { noteId: walkIn, phase: 'followup', text: 'Paluu', position: 99 }, random(5)));
    expect(isStepId(first)).toBe(true);
    expect(labels(doc, path)).toEqual([
      'before:Some-mainonta nuorille',
      'start:Walk-in-ohjaus',
      'during:Työparityö',
      'ending:Jatkopolut',
      'followup:Walk-in-ohjaus',
    ]);
    const steps = readPath(doc, path)?.steps ?? [];
    expect(steps[0]).toMatchObject({ noteId: null, note: null, missingService: true, risk: null });
    expect(steps[1]).toMatchObject({ noteId: walkIn, missingService: false, text: '' });
    expect(steps[4]).toMatchObject({ noteId: walkIn, text: 'Paluu' });
  });

  it('keeps a risk with its reason trimmed', () => {
    const { doc, walkIn, path } = board();
    const risk = { kind: 'waiting' as const, reason: ' Jono viikkoja ' };
    const step = must(addStep(doc, path, { noteId: walkIn, risk }, random(1)));
    expect(readPath(doc, path)?.steps.find((s) => s.id === step)?.risk).toEqual({
      kind: 'waiting',
      reason: 'Jono viikkoja',
    });
  });

  it.each([
    [{ noteId: 'zzzzzzzzzzzz' as NoteId }, 'unknown-note'],
    [{ noteId: 'not an id' as NoteId }, 'unknown-note'],
    [{ phase: 'start' as PhaseId }, 'empty-text'],
    [{ phase: 'start' as PhaseId, text: '  ' }, 'empty-text'],
    [{ text: 'Ei palvelua' }, 'unknown-phase'],
    [{ phase: 'later' as PhaseId, text: 'Ei palvelua' }, 'unknown-phase'],
    [{ phase: 'start' as PhaseId, text: 'x'.repeat(501) }, 'text-too-long'],
    [{ phase: 'start' as PhaseId, text: 'bell\u0007' }, 'control-character'],
    [{ phase: 'start' as PhaseId, text: 'A', risk: { kind: 'lost' as RiskKind, reason: '' } }, 'unknown-risk'],
    [
      { phase: 'start' as PhaseId, text: 'A', risk: { kind: 'waiting' as RiskKind, reason: 'a\nb' } },
      'control-character',
    ],
    [
      {
        phase: 'start' as PhaseId,
        text: 'A',
        risk: { kind: 'waiting' as RiskKind, reason: 'x'.repeat(MAX_RISK_REASON_LENGTH + 1) },
      },
      'text-too-long',
    ],
  ])('refuses %j with %s and writes nothing', (step, reason) => {
    const { doc, path } = board();
    expect(addStep(doc, path, step, random(1))).toEqual({ ok: false, error: reason });
    expect(stepsOf(pathsMap(doc).get(path)!).size).toBe(0);
  });

  it('refuses a deleted or stacked note, and an unknown or deleted path', () => {
    const { doc, walkIn, pairWork, onward, path } = board();
    deleteNote(doc, walkIn);
    expect(addStep(doc, path, { noteId: walkIn })).toEqual({ ok: false, error: 'note-deleted' });
    const other = addNote(doc, 'ending:services', 'Jatko-ohjaus', 9);
    stackNotes(doc, onward, [other]);
    expect(addStep(doc, path, { noteId: other })).toEqual({ ok: false, error: 'note-stacked' });
    expect(addStep(doc, 'zzzzzzzzzzzz' as PathId, { noteId: pairWork })).toEqual({ ok: false, error: 'unknown-path' });
    deletePath(doc, path);
    expect(addStep(doc, path, { noteId: pairWork })).toEqual({ ok: false, error: 'unknown-path' });
  });
});

describe('moveStep', () => {
  it('moves a step to an index in the path, and to another phase when told', () => {
    const { doc, walkIn, pairWork, onward, path } = board();
    const [a, b, c] = [walkIn, pairWork, onward].map((noteId, i) => must(addStep(doc, path, { noteId }, random(i))));
    expect(moveStep(doc, path, c!, { position: 0 }, random(9))).toEqual({ ok: true });
    expect(labels(doc, path)).toEqual(['ending:Jatkopolut', 'start:Walk-in-ohjaus', 'during:Työparityö']);
    expect(moveStep(doc, path, a!, { position: 'end', phase: 'followup' }, random(10)).ok).toBe(true);
    expect(labels(doc, path)).toEqual(['ending:Jatkopolut', 'during:Työparityö', 'followup:Walk-in-ohjaus']);
    expect(moveStep(doc, path, b!, { position: 1, phase: 'start' }, random(11)).ok).toBe(true);
    expect(labels(doc, path)).toEqual(['ending:Jatkopolut', 'start:Työparityö', 'followup:Walk-in-ohjaus']);
  });

  it('re-keys the path when neighbours share a key, keeping the order', () => {
    const { doc, walkIn, pairWork, onward, path } = board();
    const ids = [walkIn, pairWork, onward].map((noteId, i) => must(addStep(doc, path, { noteId }, random(i))));
    const steps = stepsOf(pathsMap(doc).get(path)!);
    // Concurrent inserts can leave two steps with one key; ids then break the tie.
    for (const id of ids) steps.get(id)?.set('placement', { phase: 'start', key: 'V' });
    const order = readPath(doc, path)?.steps.map((step) => step.id) ?? [];
    expect(moveStep(doc, path, order[2]!, { position: 1 }, random(5)).ok).toBe(true);
    expect(readPath(doc, path)?.steps.map((step) => step.id)).toEqual([order[0], order[2], order[1]]);
    const keys = readPath(doc, path)?.steps.map((step) => step.key) ?? [];
    expect(new Set(keys).size).toBe(3);
  });

  it('refuses an unknown phase, path or step, and a removed step', () => {
    const { doc, walkIn, path } = board();
    const step = must(addStep(doc, path, { noteId: walkIn }, random(1)));
    expect(moveStep(doc, path, step, { position: 0, phase: 'later' as PhaseId })).toEqual({
      ok: false,
      error: 'unknown-phase',
    });
    expect(moveStep(doc, 'zzzzzzzzzzzz' as PathId, step, { position: 0 })).toEqual({
      ok: false,
      error: 'unknown-path',
    });
    expect(moveStep(doc, path, 'zzzzzzzzzzzz' as StepId, { position: 0 })).toEqual({
      ok: false,
      error: 'unknown-step',
    });
    removeStep(doc, path, step);
    expect(moveStep(doc, path, step, { position: 0 })).toEqual({ ok: false, error: 'unknown-step' });
  });
});

describe('updateStep', () => {
  it('sets and clears a risk, and changes the text, writing only what differs', () => {
    const { doc, walkIn, path } = board();
    const linked = must(addStep(doc, path, { noteId: walkIn }, random(1)));
    const free = must(addStep(doc, path, { phase: 'during', text: 'Ei tukea' }, random(2)));
    const risk = { kind: 'counter-to-counter' as const, reason: 'Ohjataan TE-toimistoon' };
    expect(updateStep(doc, path, linked, { risk })).toEqual({ ok: true });
    expect(
      updateStep(doc, path, free, { text: 'Ei monialaista tukea', risk: { kind: 'drop-out', reason: '' } }).ok,
    ).toBe(true);
    let steps = readPath(doc, path)?.steps ?? [];
    expect(steps.map((step) => [step.text, step.risk])).toEqual([
      ['', risk],
      ['Ei monialaista tukea', { kind: 'drop-out', reason: '' }],
    ]);
    let updates = 0;
    doc.on('update', () => updates++);
    expect(updateStep(doc, path, linked, { risk: { ...risk } }).ok).toBe(true);
    expect(updates).toBe(0);
    expect(updateStep(doc, path, linked, { risk: null, text: 'Ensikäynti' }).ok).toBe(true);
    steps = readPath(doc, path)?.steps ?? [];
    expect(steps[0]).toMatchObject({ risk: null, text: 'Ensikäynti' });
    // A linked step's text may be emptied (its note speaks for it); a free step's may not.
    expect(updateStep(doc, path, linked, { text: '' }).ok).toBe(true);
    expect(updateStep(doc, path, free, { text: ' ' })).toEqual({ ok: false, error: 'empty-text' });
  });

  it('validates both fields before writing either, and refuses unknown paths and steps', () => {
    const { doc, path } = board();
    const free = must(addStep(doc, path, { phase: 'during', text: 'Ei tukea' }, random(2)));
    expect(updateStep(doc, path, free, { text: 'Uusi', risk: { kind: 'x' as RiskKind, reason: '' } })).toEqual({
      ok: false,
      error: 'unknown-risk',
    });
    expect(readPath(doc, path)?.steps[0]?.text).toBe('Ei tukea');
    expect(updateStep(doc, path, 'zzzzzzzzzzzz' as StepId, { text: 'x' })).toEqual({
      ok: false,
      error: 'unknown-step',
    });
    expect(updateStep(doc, 'zzzzzzzzzzzz' as PathId, free, { text: 'x' })).toEqual({
      ok: false,
      error: 'unknown-path',
    });
  });
});

describe('removeStep', () => {
  it('soft-removes a step: out of the path, kept in the document, refused a second time', () => {
    const { doc, walkIn, pairWork, path } = board();
    const [a, b] = [walkIn, pairWork].map((noteId, i) => must(addStep(doc, path, { noteId }, random(i))));
    expect(removeStep(doc, path, a!)).toEqual({ ok: true });
    expect(readPath(doc, path)?.steps.map((step) => step.id)).toEqual([b]);
    expect(stepsOf(pathsMap(doc).get(path)!).get(a!)?.get('removed')).toBe(true);
    expect(removeStep(doc, path, a!)).toEqual({ ok: false, error: 'unknown-step' });
    expect(removeStep(doc, 'zzzzzzzzzzzz' as PathId, b!)).toEqual({ ok: false, error: 'unknown-path' });
  });
});
