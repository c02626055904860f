import { addStep, type NoteId, type PhaseId } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import { type Box, LANE, MARKER_GAP, markerWidth, pathLines, routeLine, sameLayout } from './geometry.ts';
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
      { x: 100 + LANE, y: 300, lane: 100 + LANE, label: 'A1', missing: false },
      { x: 400 + LANE, y: 320, lane: 400 + LANE, label: 'A2', missing: false },
    ]);
    // Right along the first note's top edge, then down the second note's handle strip.
    expect(line?.points).toBe('118,300 413,300 413,320 418,320');
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
    const free = markerWidth('B3', true);
    const first = markerWidth('B1', false);
    expect(markers.map((marker) => [marker.label, marker.x, marker.y, marker.missing])).toEqual([
      ['B1', 100 + LANE, 300, false],
      ['B2', 400 + LANE, 300, false],
      ['B3', 700 + 10 + free / 2, 250, true],
      ['B4', 700 + 10 + free + MARKER_GAP + free / 2, 250, true],
      // Back at the first note: beside its first marker, not on it.
      ['B5', 100 + LANE + first / 2 + MARKER_GAP + first / 2, 300, false],
    ]);
    // Markers side by side never overlap, whatever their labels' widths.
    const onFirst = markers.filter((marker) => marker.y === 300 && marker.x < 200);
    expect((onFirst[1]?.x ?? 0) - (onFirst[0]?.x ?? 0)).toBeGreaterThanOrEqual(first);
  });

  it('skips a step whose note is not drawn (filtered out) without breaking the line', () => {
    const { view, notes } = boardWithPath();
    const layout = { notes: new Map<NoteId, Box>([[notes.walkIn, box(400, 300)]]), phases: new Map<PhaseId, Box>() };
    expect(pathLines([{ path: view(), index: 0 }], layout)[0]?.markers.map((marker) => marker.label)).toEqual(['A2']);
  });

  it('goes left down its own handle strip first, then along the next note’s top edge', () => {
    const at = (x: number, y: number, label: string) => ({ x, y, lane: x, label, missing: false });
    expect(routeLine([at(418, 300, 'A1'), at(118, 500, 'A2')])).toBe('418,300 413,300 413,500 118,500');
    // The second shown path runs its lanes beside the first's.
    expect(routeLine([at(418, 300, 'B1'), at(118, 500, 'B2')], 1)).toBe('418,300 418,300 418,500 118,500');
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
