import { type GroupSize, MAX_GROUP_SIZE, MIN_GROUP_SIZE, SMALLEST_GROUP } from './groupSizes.ts';

/**
 * Why a grouping has fewer groups than the size asked for, with the figures the UI says it
 * with: the people make no more groups of 3-5 (and `withSmallGroups` groups if the facilitator
 * allows a group of two), or there are fewer core staff than groups (each group needs one, so
 * the groups grow instead, within 3-5).
 */
export type FewerGroups =
  | {
      readonly reason: 'too-few-people';
      readonly asked: number;
      readonly people: number;
      readonly most: number;
      readonly withSmallGroups: number;
    }
  | { readonly reason: 'too-few-core-staff'; readonly asked: number; readonly coreStaff: number };

export type GroupCount = { readonly groups: number; readonly fewer: FewerGroups | undefined };

/** The facilitator's choice to have as many groups as asked even if a group has only two people. */
export type SmallGroupsChoice = { readonly allowSmallGroups?: boolean };

/**
 * How many groups `people` people form when the facilitator asks for groups of about `size`.
 * Asked: the count whose average group is closest to `size`. Made: the closest within 3-5 people
 * a group (see `groupSizes`; from 2 when the facilitator allows small groups), then, when there
 * are too few core staff for that many groups but enough for fewer groups of at most 5, that
 * fewer. On a tie the fewer groups.
 */
export function groupCount(
  people: number,
  coreStaff: number,
  size: GroupSize,
  choice: SmallGroupsChoice = {},
): GroupCount {
  if (people <= 0) return { groups: 0, fewer: undefined };
  const asked = closestCount(people, size, 1, people);
  const fewest = Math.max(1, Math.ceil(people / MAX_GROUP_SIZE));
  const smallest = choice.allowSmallGroups ? SMALLEST_GROUP : MIN_GROUP_SIZE;
  const most = Math.max(fewest, Math.floor(people / smallest));
  const bySize = closestCount(people, size, fewest, most);
  if (coreStaff >= fewest && coreStaff < bySize) {
    const groups = closestCount(people, size, fewest, coreStaff);
    return { groups, fewer: groups < asked ? { reason: 'too-few-core-staff', asked, coreStaff } : undefined };
  }
  if (bySize >= asked) return { groups: bySize, fewer: undefined };
  // Without the choice only: with it `bySize` reaches `asked` (an average near 3 or more is never
  // under two), so this asks once.
  const withSmallGroups = groupCount(people, coreStaff, size, { allowSmallGroups: true }).groups;
  return { groups: bySize, fewer: { reason: 'too-few-people', asked, people, most, withSmallGroups } };
}

/**
 * The sizes of the groups `count` people split into when the facilitator asks for `size`, largest
 * first, core staff aside. Sizes differ by at most one and stay within 3-5 whenever `count` is at
 * least 3 (every count from 3 up has a group count that allows it).
 */
export function groupSizes(count: number, size: GroupSize): number[] {
  return splitSizes(count, groupCount(count, count, size).groups);
}

/** `count` people in `groups` groups, sizes one apart at most, largest first. */
export function splitSizes(count: number, groups: number): number[] {
  if (groups <= 0) return [];
  const base = Math.floor(count / groups);
  return Array.from({ length: groups }, (_, i) => (i < count % groups ? base + 1 : base));
}

/** The group count in `fewest..most` whose average group is closest to `size`; ties to fewer. */
function closestCount(people: number, size: number, fewest: number, most: number): number {
  let groups = fewest;
  for (let candidate = fewest + 1; candidate <= most; candidate++) {
    if (Math.abs(people / candidate - size) < Math.abs(people / groups - size)) groups = candidate;
  }
  return groups;
}
