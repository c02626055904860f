import type { PathId } from '@avaa/board-model';
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

  it('shows the common table’s paths, all or one, over the stage, a presenting group and a focus', () => {
    const path = 'k3m9x2p7qa4w' as PathId;
    expect(at({ stage: 'group-work', view: 'paths' })).toEqual({ kind: 'paths', path: null });
    expect(at({ stage: 'common-table', view: 'paths', path, results: true })).toEqual({ kind: 'paths', path });
    const focus = { board: 'plenary', cell: 'start:services' } as const;
    expect(at({ stage: 'presentations', view: 'paths', presenting: 2, focus })).toEqual({ kind: 'paths', path: null });
    // A path left over from another view is not shown.
    expect(at({ stage: 'common-table', view: 'table', path })).toEqual(TABLE);
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
