import { type GroupSize, MAX_GROUP_SIZE, MIN_GROUP_SIZE } from './groupSizes.ts';

/**
 * Why a grouping has fewer groups than the size asked for, with the figures the UI says it
 * with: the people make no more groups of 3-5, or there are fewer core staff than groups (each
 * group needs one, so the groups grow instead, within 3-5).
 */
export type FewerGroups =
  | { readonly reason: 'too-few-people'; readonly asked: number; readonly people: number; readonly most: number }
  | { readonly reason: 'too-few-core-staff'; readonly asked: number; readonly coreStaff: number };

export type GroupCount = { readonly groups: number; readonly fewer: FewerGroups | undefined };

/**
 * How many groups `people` people form when the facilitator asks for groups of about `size`.
 * Asked: the count whose average group is closest to `size`. Made: the closest within 3-5 people
 * a group (see `groupSizes`), then, when there are too few core staff for that many groups but
 * enough for fewer groups of at most 5, that fewer. On a tie the fewer groups.
 */
export function groupCount(people: number, coreStaff: number, size: GroupSize): GroupCount {
  if (people <= 0) return { groups: 0, fewer: undefined };
  const asked = closestCount(people, size, 1, people);
  const fewest = Math.max(1, Math.ceil(people / MAX_GROUP_SIZE));
  const most = Math.max(fewest, Math.floor(people / MIN_GROUP_SIZE));
  const bySize = closestCount(people, size, fewest, most);
  if (coreStaff >= fewest && coreStaff < bySize) {
    const groups = closestCount(people, size, fewest, coreStaff);
    return { groups, fewer: groups < asked ? { reason: 'too-few-core-staff', asked, coreStaff } : undefined };
  }
  return { groups: bySize, fewer: bySize < asked ? { reason: 'too-few-people', asked, people, most } : undefined };
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
