import { addStep, type NoteId, type PhaseId } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import { type Box, FREE_STEP, linePoints, MARKER_LEFT, MARKER_STEP, pathLines, sameLayout } from './geometry.ts';
import { boardWithPath } from './testPaths.ts';

const box = (left: number, top: number, width = 200, height = 60): Box => ({ left, top, width, height });

describe('the lines of the paths over the table', () => {
  it('runs through its notes in step order, a marker on each note’s top edge', () => {
    const { view, notes } = boardWithPath();
    const layout = {
      notes: new Map<NoteId, Box>([
        [notes.some, box(100, 300)],
        [notes.walkIn, box(400, 320)],
      ]),
      phases: new Map<PhaseId, Box>(),
    };
    const [line] = pathLines([{ path: view(), index: 0 }], layout);
    expect(line?.markers).toEqual([
      { x: 100 + MARKER_LEFT, y: 300, label: 'A1', missing: false },
      { x: 400 + MARKER_LEFT, y: 320, label: 'A2', missing: false },
    ]);
    expect(linePoints(line?.markers ?? [])).toBe(`${100 + MARKER_LEFT},300 ${400 + MARKER_LEFT},320`);
    expect(line?.dash).toBe('');
  });

  it('puts a missing service at its phase’s column top, and lines markers up where they share a place', () => {
    const { doc, path, view, notes } = boardWithPath();
    addStep(doc, path, { phase: 'during', text: 'Jatko-ohjaus puuttuu' });
    addStep(doc, path, { phase: 'during', text: 'Työpajapaikka puuttuu' });
    addStep(doc, path, { noteId: notes.some });
    const layout = {
      notes: new Map<NoteId, Box>([
        [notes.some, box(100, 300)],
        [notes.walkIn, box(400, 300)],
      ]),
      phases: new Map<PhaseId, Box>([['during', box(700, 200, 200, 50)]]),
    };
    const markers = pathLines([{ path: view(), index: 1 }], layout)[0]?.markers ?? [];
    expect(markers.map((marker) => [marker.label, marker.x, marker.y, marker.missing])).toEqual([
      ['B1', 100 + MARKER_LEFT, 300, false],
      ['B2', 400 + MARKER_LEFT, 300, false],
      ['B3', 700 + 24, 250, true],
      ['B4', 700 + 24 + FREE_STEP, 250, true],
      // Back at the first note: beside its first marker, not on it.
      ['B5', 100 + MARKER_LEFT + MARKER_STEP, 300, false],
    ]);
  });

  it('skips a step whose note is not drawn (filtered out) without breaking the line', () => {
    const { view, notes } = boardWithPath();
    const layout = { notes: new Map<NoteId, Box>([[notes.walkIn, box(400, 300)]]), phases: new Map<PhaseId, Box>() };
    expect(pathLines([{ path: view(), index: 0 }], layout)[0]?.markers.map((marker) => marker.label)).toEqual(['A2']);
  });

  it('tells an unchanged layout from a moved one to the pixel', () => {
    const { notes } = boardWithPath();
    const at = (top: number) => ({
      notes: new Map<NoteId, Box>([[notes.some, box(100, top)]]),
      phases: new Map<PhaseId, Box>(),
    });
    expect(sameLayout(at(300), at(300.2))).toBe(true);
    expect(sameLayout(at(300), at(302))).toBe(false);
  });
});
