import { describe, expect, it } from 'vitest';
import { type FollowState, followedView, followTarget, stageView } from './followTarget.ts';

const base: FollowState = { stage: 'setup', focus: null, presenting: null, myGroup: 2, following: true };
const at = (presenting: number | null, following = true): FollowState => ({ ...base, presenting, following });
const with_ = (changes: Partial<FollowState>): FollowState => ({ ...base, ...changes });

describe('followTarget: presentations', () => {
  it('goes to the presenting group, and back to the common table when the round stops', () => {
    expect(followTarget(at(null), at(2))).toEqual({ kind: 'group', group: 2 });
    expect(followTarget(at(2), at(3))).toEqual({ kind: 'group', group: 3 });
    expect(followTarget(at(3), at(null))).toEqual({ kind: 'plenary' });
  });

  it('joins a round already running, but stays put when nothing is presented', () => {
    expect(followTarget(null, at(4))).toEqual({ kind: 'group', group: 4 });
    expect(followTarget(null, at(null))).toBeNull();
    expect(followTarget(null, with_({ stage: 'agreements', focus: { board: 1 } }))).toBeNull();
  });

  it('moves nobody who stopped following, nor anyone when nothing changed', () => {
    expect(followTarget(at(1, false), at(2, false))).toBeNull();
    expect(followTarget(at(2), at(2))).toBeNull();
  });

  it('catches up when following is turned back on', () => {
    expect(followTarget(at(2, false), at(2, true))).toEqual({ kind: 'group', group: 2 });
    const away = with_({ stage: 'agreements', following: false });
    expect(followTarget(away, { ...away, following: true })).toEqual({ kind: 'agreements' });
  });

  it('after a round in the presentations stage, returns to the overview', () => {
    const round = with_({ stage: 'presentations', presenting: 3 });
    expect(followTarget(round, { ...round, presenting: null })).toEqual({ kind: 'overview' });
  });
});

describe('followTarget: opening a page', () => {
  it('lands a group member who opens the common table during group work on their group board', () => {
    const groupWork = with_({ stage: 'group-work' });
    expect(followTarget(null, groupWork, { kind: 'plenary' })).toEqual({ kind: 'group', group: 2 });
    expect(followTarget(null, groupWork, { kind: 'overview' })).toBeNull();
    expect(followTarget(null, { ...groupWork, myGroup: null }, { kind: 'plenary' })).toBeNull();
    expect(followTarget(null, with_({ stage: 'common-table' }), { kind: 'plenary' })).toBeNull();
    expect(followTarget(null, { ...groupWork, following: false }, { kind: 'plenary' })).toBeNull();
  });
});

describe('followTarget: stages', () => {
  it("moves to each stage's natural view", () => {
    expect(followTarget(base, with_({ stage: 'group-work' }))).toEqual({ kind: 'group', group: 2 });
    expect(followTarget(base, with_({ stage: 'presentations' }))).toEqual({ kind: 'overview' });
    expect(followTarget(base, with_({ stage: 'common-table' }))).toEqual({ kind: 'plenary' });
    expect(followTarget(base, with_({ stage: 'agreements' }))).toEqual({ kind: 'agreements' });
    expect(followTarget(with_({ stage: 'agreements' }), base)).toEqual({ kind: 'plenary' });
  });

  it('sends someone without a group to the common table for group work, and to their group once they have one', () => {
    const alone = with_({ stage: 'group-work', myGroup: null });
    expect(followTarget(base, alone)).toEqual({ kind: 'plenary' });
    expect(followTarget(alone, { ...alone, myGroup: 4 })).toEqual({ kind: 'group', group: 4 });
    // Outside group work a new group moves nobody.
    expect(followTarget(with_({ myGroup: null }), base)).toBeNull();
  });

  it('joins the presenting group rather than the overview when the stage changes mid-round', () => {
    expect(followTarget(at(3), { ...at(3), stage: 'presentations' })).toEqual({ kind: 'group', group: 3 });
  });
});

describe('followTarget: focus', () => {
  it('moves to the board the facilitator shows, again for each new cell', () => {
    const shown = with_({ focus: { board: 3 } });
    expect(followTarget(base, shown)).toEqual({ kind: 'group', group: 3 });
    const cell = with_({ focus: { board: 3, cell: 'start:services' } });
    expect(followTarget(shown, cell)).toEqual({ kind: 'group', group: 3 });
    expect(followTarget(cell, with_({ focus: { board: 3, cell: 'ending:services' } }))).toEqual({
      kind: 'group',
      group: 3,
    });
    expect(followTarget(cell, with_({ focus: { board: 'plenary' } }))).toEqual({ kind: 'plenary' });
  });

  it('returns to the stage view when the focus ends, and presenting wins over the focus', () => {
    const working = with_({ stage: 'group-work', focus: { board: 'plenary' } });
    expect(followTarget(working, { ...working, focus: null })).toEqual({ kind: 'group', group: 2 });
    expect(followTarget(working, { ...working, presenting: 1 })).toEqual({ kind: 'group', group: 1 });
  });

  it('leaves a screen alone while the same focus stays', () => {
    const shown = with_({ focus: { board: 3, cell: 'start:services' } });
    expect(followTarget(shown, with_({ focus: { board: 3, cell: 'start:services' } }))).toBeNull();
  });
});

describe('followedView', () => {
  it('is where the facilitator has everyone look: presenting, else focus, else the stage', () => {
    expect(followedView(with_({ presenting: 1, focus: { board: 3 } }))).toEqual({ kind: 'group', group: 1 });
    expect(followedView(with_({ focus: { board: 3 }, stage: 'agreements' }))).toEqual({ kind: 'group', group: 3 });
    expect(followedView(with_({ stage: 'agreements' }))).toEqual({ kind: 'agreements' });
    expect(stageView('group-work', null)).toEqual({ kind: 'plenary' });
  });
});
