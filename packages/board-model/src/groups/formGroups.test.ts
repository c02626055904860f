import { describe, expect, it } from 'vitest';
import type { RandomSource } from '../ids.ts';
import { person, rolesIn, workshop } from '../testing/participants.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { formGroups, type Grouping } from './formGroups.ts';
import { groupSizes } from './groupCount.ts';
import { GROUP_SIZES, type GroupSize } from './groupSizes.ts';
import { canBeContact, PARTICIPANT_ROLES, type Participant, type PersonId } from './participants.ts';

const sizesOf = (grouping: Grouping) => grouping.groups.map((group) => group.members.length);
const roleCounts = (grouping: Grouping, people: readonly Participant[]) =>
  grouping.groups.map((group) => rolesIn(group.members, people));
const roleOf = (people: readonly Participant[], id: PersonId | undefined) => people.find((p) => p.id === id)?.role;
const groupOf = (grouping: Grouping, id: PersonId | undefined) =>
  grouping.groups.findIndex((group) => id !== undefined && group.members.includes(id));

/** The method's rules, checked here without `checkGroups`, so the two can disagree. */
function brokenRules(people: readonly Participant[], grouping: Grouping): string[] {
  const broken: string[] = [];
  const placed = grouping.groups.flatMap((group) => group.members);
  if (placed.length !== people.length || new Set(placed).size !== people.length) broken.push('membership');
  if (sizesOf(grouping).some((size) => size < 3 || size > 5)) broken.push('size');
  const counts = roleCounts(grouping, people);
  if (counts.some((group) => group['core-staff'] === 0)) broken.push('core-staff');
  const reps = counts.map((group) => group['client-representative']);
  if (Math.max(...reps) - Math.min(...reps) > 1) broken.push('spread');
  for (const rep of people.filter((p) => p.role === 'client-representative')) {
    const contact = grouping.contacts.get(rep.id);
    const role = roleOf(people, contact);
    if (!role || !canBeContact(role) || groupOf(grouping, contact) !== groupOf(grouping, rep.id))
      broken.push('contact');
  }
  return [...new Set(broken)];
}

describe('groupSizes', () => {
  it.each([
    [3, 10, [4, 3, 3]],
    [3, 17, [4, 4, 3, 3, 3]],
    [3, 20, [4, 4, 3, 3, 3, 3]],
    [3, 23, [4, 4, 3, 3, 3, 3, 3]],
    [3, 40, [4, ...Array(12).fill(3)]],
    [4, 10, [4, 3, 3]],
    [4, 17, [5, 4, 4, 4]],
    [4, 20, [4, 4, 4, 4, 4]],
    [4, 23, [4, 4, 4, 4, 4, 3]],
    [4, 40, Array(10).fill(4)],
    [5, 10, [5, 5]],
    [5, 17, [5, 4, 4, 4]],
    [5, 20, [5, 5, 5, 5]],
    [5, 23, [5, 5, 5, 4, 4]],
    [5, 40, Array(8).fill(5)],
  ] as const)('size %i with %i people gives %j', (size, count, expected) => {
    expect(groupSizes(count, size)).toEqual(expected);
    // A core staff member for every group, so only the size decides the count.
    const people = workshop({ 'core-staff': expected.length, 'other-staff': count - expected.length });
    expect(sizesOf(formGroups(people, { size }, seededRandom(count)))).toEqual(expected);
  });

  it('keeps every count from 3 up within 3-5, one apart at most', () => {
    for (const size of GROUP_SIZES) {
      for (let count = 3; count <= 200; count++) {
        const sizes = groupSizes(count, size);
        expect(sizes.reduce((sum, s) => sum + s, 0)).toBe(count);
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(3);
        expect(Math.max(...sizes)).toBeLessThanOrEqual(5);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('formGroups', () => {
  const typical = workshop({
    'core-staff': 5,
    'other-staff': 5,
    'network-partner': 4,
    'client-representative': 4,
    supervisor: 2,
  });

  it('forms a typical workshop of 20 into groups that keep every rule', () => {
    const grouping = formGroups(typical, { size: 4 }, seededRandom(1));
    expect(grouping.problems).toEqual([]);
    expect(grouping.suggestion).toBeUndefined();
    expect(sizesOf(grouping)).toEqual([4, 4, 4, 4, 4]);
    for (const counts of roleCounts(grouping, typical)) {
      expect(counts['core-staff']).toBe(1);
      expect(counts['other-staff']).toBe(1);
      expect(counts['client-representative']).toBeLessThanOrEqual(1);
      expect(counts['network-partner']).toBeLessThanOrEqual(1);
      expect(counts.supervisor).toBeLessThanOrEqual(1);
    }
  });

  it('names a core staff member of their own group as each client representative’s contact', () => {
    const grouping = formGroups(typical, { size: 4 }, seededRandom(2));
    const reps = typical.filter((p) => p.role === 'client-representative');
    expect(grouping.contacts.size).toBe(reps.length);
    for (const rep of reps) {
      const contact = grouping.contacts.get(rep.id);
      expect(roleOf(typical, contact)).toBe('core-staff');
      expect(groupOf(grouping, contact)).toBe(groupOf(grouping, rep.id));
    }
  });

  it.each(GROUP_SIZES)('spreads roles evenly with size %i across 10, 17, 20, 23 and 40 people', (size) => {
    for (const count of [10, 17, 20, 23, 40]) {
      const people = workshop({
        'core-staff': Math.ceil(count / 3),
        'client-representative': Math.floor(count / 5),
        'network-partner': Math.floor(count / 6),
        supervisor: 1,
      });
      people.push(...workshop({ 'other-staff': count - people.length }));
      const grouping = formGroups(people, { size }, seededRandom(count * size));
      expect(grouping.problems).toEqual([]);
      for (const role of PARTICIPANT_ROLES) {
        const counts = roleCounts(grouping, people).map((group) => group[role]);
        expect(Math.max(...counts) - Math.min(...counts), `${role} with ${count} people`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('reports too few core staff and still gives the groups without them other staff', () => {
    const people = workshop({ 'core-staff': 2, 'other-staff': 6, 'network-partner': 8, 'client-representative': 4 });
    const grouping = formGroups(people, { size: 5 }, seededRandom(3));
    expect(grouping.problems).toEqual([
      { reason: 'too-few-core-staff', groups: 4, coreStaff: 2 },
      ...grouping.groups.flatMap((_, group) =>
        roleCounts(grouping, people)[group]!['core-staff'] === 0 ? [{ reason: 'no-core-staff', group }] : [],
      ),
    ]);
    expect(grouping.problems.filter((p) => p.reason === 'no-core-staff')).toHaveLength(2);
    for (const counts of roleCounts(grouping, people)) expect(counts['other-staff']).toBeGreaterThanOrEqual(1);
    expect(grouping.contacts.size).toBe(4);
  });

  it('reports each client representative without staff to name as contact', () => {
    const people = workshop({ 'network-partner': 4, 'client-representative': 2 });
    const grouping = formGroups(people, { size: 3 }, seededRandom(4));
    expect(grouping.contacts.size).toBe(0);
    expect(grouping.suggestion).toBe('single-board');
    expect(grouping.problems).toEqual([
      { reason: 'too-few-core-staff', groups: 2, coreStaff: 0 },
      { reason: 'no-core-staff', group: 0 },
      { reason: 'no-core-staff', group: 1 },
      { reason: 'no-contact-person', person: 'client-representative-1', group: groupOf(grouping, people[4]!.id) },
      { reason: 'no-contact-person', person: 'client-representative-2', group: groupOf(grouping, people[5]!.id) },
    ]);
  });

  it('seats client representatives together with a contact rather than alone without one', () => {
    const people = workshop({ 'core-staff': 1, 'network-partner': 3, 'client-representative': 2 });
    const grouping = formGroups(people, { size: 3 }, seededRandom(5));
    expect(grouping.groups[0]!.members).toEqual(['core-staff-1', 'client-representative-1', 'client-representative-2']);
    expect([...grouping.contacts.values()]).toEqual(['core-staff-1', 'core-staff-1']);
    expect(grouping.problems).toEqual([
      { reason: 'too-few-core-staff', groups: 2, coreStaff: 1 },
      { reason: 'no-core-staff', group: 1 },
      { reason: 'client-representatives-uneven', group: 0, clientRepresentatives: 2, fewest: 0 },
    ]);
  });

  it('gives two people one group that is too small and suggests a single board', () => {
    const people = workshop({ 'core-staff': 1, 'client-representative': 1 });
    const grouping = formGroups(people, { size: 3 }, seededRandom(6));
    expect(grouping.groups).toEqual([{ members: ['core-staff-1', 'client-representative-1'] }]);
    expect(grouping.problems).toEqual([{ reason: 'group-too-small', group: 0, size: 2, min: 3 }]);
    expect(grouping.suggestion).toBe('single-board');
  });

  it('gives nobody no groups', () => {
    expect(formGroups([], { size: 4 })).toEqual({
      groups: [],
      contacts: new Map(),
      problems: [],
      suggestion: 'single-board',
    });
  });

  it('suggests a single board below 10 people and groups from 10 up', () => {
    expect(formGroups(workshop({ 'core-staff': 3, 'other-staff': 6 }), { size: 3 }).suggestion).toBe('single-board');
    expect(formGroups(workshop({ 'core-staff': 3, 'other-staff': 7 }), { size: 3 }).suggestion).toBeUndefined();
  });

  it('places a person listed twice once', () => {
    const people = [...typical, typical[0]!];
    const grouping = formGroups(people, { size: 4 }, seededRandom(7));
    expect(grouping.groups.flatMap((group) => group.members)).toHaveLength(20);
    expect(grouping.problems).toEqual([]);
  });

  it('is deterministic for a seed, and other seeds draw other groups', () => {
    const draw = (seed: number) => formGroups(typical, { size: 4 }, seededRandom(seed));
    expect(draw(8)).toEqual(draw(8));
    const distinct = new Set([8, 9, 10, 11].map((seed) => JSON.stringify(draw(seed).groups)));
    expect(distinct.size).toBeGreaterThan(1);
  });
});

describe('formGroups on random populations', () => {
  function population(random: RandomSource, index: number): Participant[] {
    const count = Math.floor(random() * 61);
    const weights = PARTICIPANT_ROLES.map(() => random());
    const total = weights.reduce((sum, w) => sum + w, 0);
    return Array.from({ length: count }, (_, i) => {
      let roll = random() * total;
      const role =
        PARTICIPANT_ROLES.find((_, r) => {
          roll -= weights[r]!;
          return roll < 0;
        }) ?? 'network-partner';
      return person(`${index}-${i}`, role);
    });
  }

  it('keeps the invariants over 1000 seeded populations', () => {
    const outcomes = { sound: 0, withProblems: 0 };
    for (let seed = 1; seed <= 1000; seed++) {
      const random = seededRandom(seed);
      const people = population(random, seed);
      const size = GROUP_SIZES[seed % 3] as GroupSize;
      const grouping = formGroups(people, { size }, random);
      const context = `seed ${seed}`;
      const placed = grouping.groups.flatMap((group) => group.members);
      expect(placed.toSorted(), context).toEqual(people.map((p) => p.id).toSorted());
      const sizes = sizesOf(grouping);
      if (people.length >= 3) expect(Math.min(...sizes) >= 3 && Math.max(...sizes) <= 5, context).toBe(true);
      expect((grouping.problems.length === 0) === (brokenRules(people, grouping).length === 0), context).toBe(true);
      expect(grouping.suggestion === 'single-board', context).toBe(people.length < 10);
      expectBestPossible(people, grouping, context);
      outcomes[grouping.problems.length === 0 ? 'sound' : 'withProblems']++;
    }
    // Both sides of "no problems iff the rules hold" were exercised.
    expect(outcomes.sound).toBeGreaterThan(100);
    expect(outcomes.withProblems).toBeGreaterThan(100);
  });

  /** Each rule is broken only when the population cannot meet it, and then no more than needed. */
  function expectBestPossible(people: readonly Participant[], grouping: Grouping, context: string) {
    const groups = grouping.groups.length;
    const has = (role: string) => people.filter((p) => p.role === role).length;
    const core = has('core-staff');
    const staff = core + has('other-staff') + has('supervisor');
    const reps = has('client-representative');
    const reasons = grouping.problems.map((problem) => problem.reason);
    const count = (reason: string) => reasons.filter((r) => r === reason).length;
    expect(count('no-core-staff'), context).toBe(Math.max(0, groups - core));
    const contactsPossible = staff >= Math.min(reps, groups);
    if (contactsPossible) expect(count('no-contact-person') + count('client-representatives-uneven'), context).toBe(0);
    if (core >= groups) {
      for (const role of PARTICIPANT_ROLES) {
        const counts = roleCounts(grouping, people).map((group) => group[role]);
        expect(Math.max(...counts) - Math.min(...counts), `${context}: ${role}`).toBeLessThanOrEqual(1);
      }
    }
  }
});
