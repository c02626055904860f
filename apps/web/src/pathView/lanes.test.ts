import { pathLabel, pathsByNote, readPaths } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import { laneLayout, phaseSummaries, sharedServices } from './lanes.ts';
import { boardWithPaths } from './samplePaths.ts';

const shown = (cell: { state: string; steps: readonly { number: number; step: { text: string } }[] }) =>
  cell.state === 'steps' ? cell.steps.map(({ number }) => number) : cell.state;

describe('the path view’s lanes', () => {
  it('lays each path out as a lane lettered by its place, its steps in path order in their phases', () => {
    const { doc } = boardWithPaths();
    const lanes = laneLayout(readPaths(doc));
    expect(lanes.map((lane) => [pathLabel(lane.index), lane.path.name])).toEqual([
      ['A', 'Kertakävijä'],
      ['B', 'Nuori, joka etsii opiskelupaikkaa'],
      ['C', 'Nuori, joka tarvitsee monialaista tukea'],
    ]);
    // The one-time visitor ends after the start, on purpose; the student passes the ending by.
    expect(lanes.map((lane) => lane.cells.map(shown))).toEqual([
      ['skipped', [1], 'ended', 'ended', 'ended'],
      [[1], 'skipped', [2], 'skipped', [3]],
      ['skipped', [1], [2, 3], [4], 'ended'],
    ]);
  });

  it('marks the phases where a path has steps but no service on the table', () => {
    const { doc } = boardWithPaths();
    const [, student, support] = laneLayout(readPaths(doc));
    // The student's guidance note was deleted: "during" has no service left for them.
    expect(student?.cells.map((cell) => cell.withoutService)).toEqual([false, false, true, false, true]);
    // The same deleted note leaves the other path's "during" a service (the network meeting).
    expect(support?.cells.map((cell) => cell.withoutService)).toEqual([false, false, false, true, false]);
    const deleted = support?.cells[2]?.steps[1]?.step;
    expect(deleted).toMatchObject({ missingService: true, text: 'Ohjaus koulutukseen' });
  });

  it('counts per phase the paths without a service, the paths passing it by and the risks', () => {
    const { doc } = boardWithPaths();
    expect(phaseSummaries(laneLayout(readPaths(doc)))).toEqual([
      { phase: 'before', withoutService: 0, skipped: 2, risks: 0 },
      { phase: 'start', withoutService: 0, skipped: 1, risks: 1 },
      { phase: 'during', withoutService: 1, skipped: 1, risks: 1 },
      { phase: 'ending', withoutService: 1, skipped: 2, risks: 0 },
      { phase: 'followup', withoutService: 1, skipped: 2, risks: 0 },
    ]);
  });

  it('lists the services at least two paths depend on, with the lanes using them', () => {
    const { doc } = boardWithPaths();
    const lanes = laneLayout(readPaths(doc));
    const shared = sharedServices(lanes, pathsByNote(doc));
    expect(shared.map((service) => [service.text, service.lanes.map((lane) => pathLabel(lane.index))])).toEqual([
      ['Walk-in-ohjaus', ['A', 'C']],
    ]);
  });

  it('leaves a path with no steps empty, not ended', () => {
    expect(laneLayout([]).length).toBe(0);
    const { doc } = boardWithPaths();
    const [visitor] = readPaths(doc);
    const bare = { ...(visitor as NonNullable<typeof visitor>), steps: [], phasesWithoutService: [] };
    expect(laneLayout([bare])[0]?.cells.map((cell) => cell.state)).toEqual([
      'empty',
      'empty',
      'empty',
      'empty',
      'empty',
    ]);
  });
});
