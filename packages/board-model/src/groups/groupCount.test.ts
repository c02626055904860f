import { describe, expect, it } from 'vitest';
import { workshop } from '../testing/participants.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { formGroups } from './formGroups.ts';
import { groupCount, splitSizes } from './groupCount.ts';
import { SMALLEST_GROUP } from './groupSizes.ts';

const sizesOf = (people: ReturnType<typeof workshop>, size: 3 | 4 | 5) => formGroups(people, { size }, seededRandom(1));

describe('fewer groups than the size asks for', () => {
  it('says that the people make no more groups of 3-5', () => {
    const grouping = sizesOf(workshop({ 'core-staff': 4, 'other-staff': 4 }), 3);
    expect(grouping.groups.map((group) => group.members.length)).toEqual([4, 4]);
    expect(grouping.fewerGroups).toEqual({
      reason: 'too-few-people',
      asked: 3,
      people: 8,
      most: 2,
      withSmallGroups: 3,
    });
  });

  it('says that five people make only one group', () => {
    const grouping = sizesOf(workshop({ 'core-staff': 2, 'other-staff': 3 }), 3);
    expect(grouping.groups).toHaveLength(1);
    expect(grouping.fewerGroups).toEqual({
      reason: 'too-few-people',
      asked: 2,
      people: 5,
      most: 1,
      withSmallGroups: 2,
    });
  });

  it('makes larger groups so that each has a core staff member, and says so', () => {
    const grouping = sizesOf(workshop({ 'core-staff': 3, 'other-staff': 9 }), 3);
    expect(grouping.groups.map((group) => group.members.length)).toEqual([4, 4, 4]);
    expect(grouping.problems).toEqual([]);
    expect(grouping.fewerGroups).toEqual({ reason: 'too-few-core-staff', asked: 4, coreStaff: 3 });
  });

  it('keeps the asked count when the groups would grow past 5 without core staff anyway', () => {
    const grouping = sizesOf(workshop({ 'core-staff': 2, 'other-staff': 18 }), 4);
    expect(grouping.groups).toHaveLength(5);
    expect(grouping.fewerGroups).toBeUndefined();
    expect(grouping.problems[0]).toEqual({ reason: 'too-few-core-staff', groups: 5, coreStaff: 2 });
  });

  it('says nothing when the groups are as many as asked', () => {
    expect(sizesOf(workshop({ 'core-staff': 5, 'other-staff': 15 }), 4).fewerGroups).toBeUndefined();
    expect(sizesOf(workshop({ 'core-staff': 1, 'other-staff': 6 }), 3).fewerGroups).toBeUndefined();
    expect(sizesOf(workshop({ 'core-staff': 1, 'other-staff': 1 }), 3).fewerGroups).toBeUndefined();
    expect(formGroups([], { size: 4 }).fewerGroups).toBeUndefined();
  });
});

describe('as many groups as asked, a group of two allowed', () => {
  const asAsked = (people: ReturnType<typeof workshop>, size: 3 | 4 | 5) =>
    formGroups(people, { size, allowSmallGroups: true }, seededRandom(2));

  it('offers the asked count when the people make it only with a group of two', () => {
    const grouping = sizesOf(workshop({ 'core-staff': 3, 'other-staff': 5 }), 3);
    expect(grouping.groups).toHaveLength(2);
    expect(grouping.fewerGroups).toEqual({
      reason: 'too-few-people',
      asked: 3,
      people: 8,
      most: 2,
      withSmallGroups: 3,
    });
  });

  it('makes three groups of eight people when the facilitator chooses so, and warns of the group of two', () => {
    const grouping = asAsked(workshop({ 'core-staff': 3, 'other-staff': 5 }), 3);
    expect(grouping.groups.map((group) => group.members.length)).toEqual([3, 3, 2]);
    expect(grouping.fewerGroups).toBeUndefined();
    expect(grouping.problems).toEqual([{ reason: 'group-too-small', group: 2, size: 2, min: 3 }]);
  });

  it('still says why it made fewer groups than asked: each group needs a core staff member', () => {
    const grouping = asAsked(workshop({ 'core-staff': 2, 'other-staff': 6 }), 3);
    expect(grouping.groups.map((group) => group.members.length)).toEqual([4, 4]);
    expect(grouping.fewerGroups).toEqual({ reason: 'too-few-core-staff', asked: 3, coreStaff: 2 });
    // Without the choice the offer would make no more groups either.
    expect(sizesOf(workshop({ 'core-staff': 2, 'other-staff': 6 }), 3).fewerGroups).toEqual({
      reason: 'too-few-people',
      asked: 3,
      people: 8,
      most: 2,
      withSmallGroups: 2,
    });
  });

  it('never makes a group of one', () => {
    for (let people = 2; people <= 60; people++) {
      for (const size of [3, 4, 5] as const) {
        const count = groupCount(people, people, size, { allowSmallGroups: true });
        expect(Math.min(...splitSizes(people, count.groups))).toBeGreaterThanOrEqual(SMALLEST_GROUP);
        expect(count.fewer).toBeUndefined();
      }
    }
  });
});
