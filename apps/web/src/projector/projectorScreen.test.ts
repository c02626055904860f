import { describe, expect, it } from 'vitest';
import { type ProjectorInputs, projectorScreen } from './projectorScreen.ts';

const at = (inputs: Partial<ProjectorInputs>) =>
  projectorScreen({ stage: 'setup', view: null, presenting: null, focus: null, results: false, ...inputs });
const TABLE = { kind: 'board', board: { kind: 'plenary' }, presenting: false };

describe('what the projector shows', () => {
  it('follows the stage', () => {
    expect(at({ stage: 'setup' })).toEqual({ kind: 'joining' });
    expect(at({ stage: 'group-work' })).toEqual({ kind: 'overview' });
    expect(at({ stage: 'presentations' })).toEqual({ kind: 'overview' });
    expect(at({ stage: 'common-table' })).toEqual(TABLE);
    expect(at({ stage: 'agreements' })).toEqual({ kind: 'agreements' });
  });

  it('shows the presenting group and a closed vote ranked', () => {
    expect(at({ stage: 'presentations', presenting: 2 })).toEqual({
      kind: 'board',
      board: { kind: 'group', group: 2 },
      presenting: true,
    });
    expect(at({ stage: 'common-table', results: true })).toEqual({ kind: 'results' });
    // Results belong to the common table's discussion, not to the agreements.
    expect(at({ stage: 'agreements', results: true })).toEqual({ kind: 'agreements' });
  });

  it('puts what the facilitator shows first', () => {
    expect(at({ stage: 'group-work', view: 'joining', presenting: 1 })).toEqual({ kind: 'joining' });
    expect(at({ stage: 'setup', view: 'table' })).toEqual(TABLE);
    expect(at({ stage: 'common-table', results: true, view: 'table' })).toEqual(TABLE);
    const cell = { board: 'plenary', cell: 'start:services' } as const;
    expect(at({ stage: 'common-table', results: true, focus: cell })).toEqual(TABLE);
    expect(at({ stage: 'group-work', focus: { board: 3 } })).toEqual({
      kind: 'board',
      board: { kind: 'group', group: 3 },
      presenting: false,
    });
    expect(at({ stage: 'agreements', focus: { board: 'plenary' } })).toEqual(TABLE);
    // A table shown earlier does not hide a vote's results.
    expect(at({ stage: 'common-table', results: true, focus: { board: 'plenary' } })).toEqual({ kind: 'results' });
  });
});
