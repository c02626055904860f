import { describe, expect, it } from 'vitest';
import { person, workshop } from '../testing/participants.ts';
import { checkGroups } from './checkGroups.ts';
import { assignContacts } from './contacts.ts';
import { isParticipantRole, type PersonId } from './participants.ts';
import { GROUPING_PROBLEM_REASONS } from './problems.ts';

const ids = (...names: string[]) => names as PersonId[];
const people = workshop({ 'core-staff': 2, 'other-staff': 2, 'network-partner': 2, 'client-representative': 2 });
// A grouping the facilitator made by hand, sound as it stands.
const sound = [
  { members: ids('core-staff-1', 'other-staff-1', 'network-partner-1', 'client-representative-1') },
  { members: ids('core-staff-2', 'other-staff-2', 'network-partner-2', 'client-representative-2') },
];

describe('checkGroups', () => {
  it('finds nothing wrong with a sound grouping', () => {
    expect(checkGroups(people, sound)).toEqual([]);
    expect(checkGroups(people, sound, assignContacts(people, sound))).toEqual([]);
  });

  it('reports a group left without core staff after a move', () => {
    const moved = [
      { members: ids('core-staff-1', 'core-staff-2', 'network-partner-1', 'client-representative-1') },
      { members: ids('other-staff-1', 'other-staff-2', 'network-partner-2', 'client-representative-2') },
    ];
    expect(checkGroups(people, moved)).toEqual([{ reason: 'no-core-staff', group: 1 }]);
  });

  it('reports people missing, placed twice or unknown', () => {
    const messy = [
      { members: ids('core-staff-1', 'other-staff-1', 'network-partner-1', 'client-representative-1') },
      { members: ids('core-staff-2', 'other-staff-2', 'client-representative-2', 'core-staff-1', 'stranger') },
    ];
    expect(checkGroups(people, messy)).toEqual([
      { reason: 'unknown-person', person: 'stranger', group: 1 },
      { reason: 'person-in-several-groups', person: 'core-staff-1', groups: [0, 1] },
      { reason: 'person-not-in-group', person: 'network-partner-2' },
    ]);
  });

  it('reports groups outside 3-5 people', () => {
    const crowd = workshop({ 'core-staff': 2, 'other-staff': 6 });
    const uneven = [
      { members: ids('core-staff-1', 'other-staff-1') },
      { members: ids('core-staff-2', ...[2, 3, 4, 5, 6].map((n) => `other-staff-${n}`)) },
    ];
    expect(checkGroups(crowd, uneven)).toEqual([
      { reason: 'group-too-small', group: 0, size: 2, min: 3 },
      { reason: 'group-too-large', group: 1, size: 6, max: 5 },
    ]);
  });

  it('reports two client representatives in one group while another has none', () => {
    const together = [
      { members: ids('core-staff-1', 'network-partner-1', 'client-representative-1', 'client-representative-2') },
      { members: ids('core-staff-2', 'other-staff-1', 'other-staff-2', 'network-partner-2') },
    ];
    expect(checkGroups(people, together)).toEqual([
      { reason: 'client-representatives-uneven', group: 0, clientRepresentatives: 2, fewest: 0 },
    ]);
  });

  it('reports a client representative in a group with no staff', () => {
    const crowd = [...people, person('network-partner-3', 'network-partner')];
    const noStaff = [
      { members: ids('core-staff-1', 'core-staff-2', 'other-staff-1', 'other-staff-2', 'client-representative-2') },
      { members: ids('network-partner-1', 'network-partner-2', 'network-partner-3', 'client-representative-1') },
    ];
    expect(checkGroups(crowd, noStaff)).toEqual([
      { reason: 'no-core-staff', group: 1 },
      { reason: 'no-contact-person', person: 'client-representative-1', group: 1 },
    ]);
  });

  it('checks named contacts: missing, not staff, or moved to another group', () => {
    const contacts = new Map(
      ids('client-representative-1', 'client-representative-2').map((rep, i) => [
        rep,
        ids('network-partner-1', 'core-staff-1')[i]!,
      ]),
    );
    expect(checkGroups(people, sound, contacts)).toEqual([
      { reason: 'contact-not-staff', person: 'client-representative-1', contact: 'network-partner-1' },
      { reason: 'contact-not-in-group', person: 'client-representative-2', contact: 'core-staff-1', group: 1 },
    ]);
    expect(checkGroups(people, sound, new Map())).toEqual([
      { reason: 'no-contact-person', person: 'client-representative-1', group: 0 },
      { reason: 'no-contact-person', person: 'client-representative-2', group: 1 },
    ]);
  });

  it('has a closed vocabulary of reasons', () => {
    expect(GROUPING_PROBLEM_REASONS).toHaveLength(11);
    expect(new Set(GROUPING_PROBLEM_REASONS).size).toBe(11);
  });
});

describe('assignContacts', () => {
  it('prefers core staff, then other staff, then supervisors, and never network partners', () => {
    const crowd = [
      ...workshop({ 'core-staff': 1, 'other-staff': 1, supervisor: 2, 'network-partner': 2 }),
      ...workshop({ 'client-representative': 3 }),
    ];
    const groups = [
      { members: ids('other-staff-1', 'core-staff-1', 'client-representative-1') },
      { members: ids('supervisor-1', 'other-staff-1', 'client-representative-2') },
      { members: ids('network-partner-1', 'supervisor-2', 'client-representative-3') },
      { members: ids('network-partner-2', 'client-representative-4') },
    ];
    expect([...assignContacts(crowd, groups)]).toEqual([
      ['client-representative-1', 'core-staff-1'],
      ['client-representative-2', 'other-staff-1'],
      ['client-representative-3', 'supervisor-2'],
    ]);
  });

  it('gives each representative a person of their own where the group has enough staff', () => {
    const crowd = workshop({ 'core-staff': 1, 'other-staff': 1, 'client-representative': 3 });
    const group = [{ members: crowd.map((p) => p.id) }];
    expect([...assignContacts(crowd, group).values()]).toEqual(['core-staff-1', 'other-staff-1', 'core-staff-1']);
  });

  it('keeps earlier contacts that are still in the group', () => {
    const previous = new Map(
      ids('client-representative-1', 'client-representative-2').map((rep) => [rep, 'other-staff-1' as PersonId]),
    );
    expect([...assignContacts(people, sound, previous)]).toEqual([
      ['client-representative-1', 'other-staff-1'],
      ['client-representative-2', 'core-staff-2'],
    ]);
  });
});

describe('isParticipantRole', () => {
  it('accepts the five roles only', () => {
    expect(isParticipantRole('core-staff')).toBe(true);
    expect(isParticipantRole('client-representative')).toBe(true);
    expect(isParticipantRole('facilitator')).toBe(false);
    expect(isParticipantRole(undefined)).toBe(false);
  });
});
