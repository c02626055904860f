import { describe, expect, it } from 'vitest';
import { followTarget } from './followTarget.ts';

const at = (presenting: number | null, following = true) => ({ presenting, following });

describe('followTarget', () => {
  it('goes to the presenting group, and back to the common table when the round stops', () => {
    expect(followTarget(at(null), at(2))).toEqual({ kind: 'group', group: 2 });
    expect(followTarget(at(2), at(3))).toEqual({ kind: 'group', group: 3 });
    expect(followTarget(at(3), at(null))).toEqual({ kind: 'plenary' });
  });

  it('joins a round already running, but stays put when nothing is presented', () => {
    expect(followTarget(null, at(4))).toEqual({ kind: 'group', group: 4 });
    expect(followTarget(null, at(null))).toBeNull();
  });

  it('moves nobody who stopped following, nor anyone when nothing changed', () => {
    expect(followTarget(at(1, false), at(2, false))).toBeNull();
    expect(followTarget(at(2), at(2))).toBeNull();
  });

  it('catches up when following is turned back on', () => {
    expect(followTarget(at(2, false), at(2, true))).toEqual({ kind: 'group', group: 2 });
  });
});
