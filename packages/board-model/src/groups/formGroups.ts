import { cryptoRandom, type RandomSource } from '../ids.ts';
import { arrangeGroups, byDealRank, dealOrder } from './balance.ts';
import { checkGroups } from './checkGroups.ts';
import { assignContacts, type ContactPersons } from './contacts.ts';
import { type FewerGroups, groupCount, type SmallGroupsChoice } from './groupCount.ts';
import { type GroupSize, SINGLE_BOARD_BELOW } from './groupSizes.ts';
import type { Participant, PersonId } from './participants.ts';
import type { GroupingProblem } from './problems.ts';

export type GroupingOptions = { readonly size: GroupSize } & SmallGroupsChoice;

export type Grouping = {
  /** Largest groups first; within a group core staff, other staff, supervisors, client representatives, partners. */
  readonly groups: ReadonlyArray<{ readonly members: readonly PersonId[] }>;
  readonly contacts: ContactPersons;
  /** Empty when every rule holds; otherwise the rules this best-possible grouping still breaks. */
  readonly problems: readonly GroupingProblem[];
  /** The method fills one common table together when there are fewer than 10 people. */
  readonly suggestion: 'single-board' | undefined;
  /** Why there are fewer groups than the size asked for; undefined when there are as many. */
  readonly fewerGroups: FewerGroups | undefined;
};

/**
 * Forms small groups for the breakout phase. The group count follows the requested size and the
 * core staff (see `groupCount`), so sizes stay within 3-5 (or 2-5 when the facilitator allows small
 * groups; `problems` warns of them) and differ by one at most. Within that, the grouping
 * puts a core staff member in every group, spreads client representatives (never two apart),
 * gives each of them staff to name as contact person, and spreads every role evenly. When a rule
 * cannot hold (too few core staff, no staff for a representative, too few people) the best
 * grouping is still returned with the problems that explain why. The same people and seed give
 * the same grouping; the default random source makes each call a fresh draw.
 */
export function formGroups(
  people: readonly Participant[],
  options: GroupingOptions,
  random: RandomSource = cryptoRandom,
): Grouping {
  const everyone = distinctPeople(people);
  const coreStaff = everyone.filter((person) => person.role === 'core-staff').length;
  const count = groupCount(everyone.length, coreStaff, options.size, options);
  const arranged = count.groups === 0 ? [] : arrangeGroups(dealOrder(everyone, random), count.groups);
  const groups = arranged.map((members) => ({ members: inReadingOrder(members, everyone) }));
  const contacts = assignContacts(everyone, groups);
  return {
    groups,
    contacts,
    problems: checkGroups(everyone, groups, contacts),
    suggestion: everyone.length < SINGLE_BOARD_BELOW ? 'single-board' : undefined,
    fewerGroups: count.fewer,
  };
}

/** A person listed twice takes part once. */
function distinctPeople(people: readonly Participant[]): Participant[] {
  const byId = new Map<PersonId, Participant>();
  for (const person of people) if (!byId.has(person.id)) byId.set(person.id, person);
  return [...byId.values()];
}

/** By role, then in the order people were given, so the list does not depend on the draw. */
function inReadingOrder(members: readonly Participant[], everyone: readonly Participant[]): PersonId[] {
  const position = new Map(everyone.map((person, i) => [person.id, i]));
  return [...members]
    .sort((a, b) => byDealRank(a, b) || position.get(a.id)! - position.get(b.id)!)
    .map((person) => person.id);
}
