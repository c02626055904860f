/** The small-group sizes a facilitator can ask for: the method's "about 3-5 people". */
export const GROUP_SIZES = [3, 4, 5] as const;
export type GroupSize = (typeof GROUP_SIZES)[number];

export const MIN_GROUP_SIZE = 3;
export const MAX_GROUP_SIZE = 5;

/** The method: under 10 people fill one common table together instead of splitting up. */
export const SINGLE_BOARD_BELOW = 10;

/**
 * The sizes of the groups `count` people split into when the facilitator asks for `size`, largest
 * first. Sizes differ by at most one and stay within 3-5 whenever `count` is at least 3 (every
 * count from 3 up has a group count that allows it). Among the allowed counts the one whose
 * average group is closest to `size` wins; on a tie the fewer groups, as fewer groups need fewer
 * core staff.
 */
export function groupSizes(count: number, size: GroupSize): number[] {
  if (count <= 0) return [];
  const fewest = Math.max(1, Math.ceil(count / MAX_GROUP_SIZE));
  const most = Math.max(fewest, Math.floor(count / MIN_GROUP_SIZE));
  let groups = fewest;
  for (let candidate = fewest + 1; candidate <= most; candidate++) {
    if (Math.abs(count / candidate - size) < Math.abs(count / groups - size)) groups = candidate;
  }
  const base = Math.floor(count / groups);
  return Array.from({ length: groups }, (_, i) => (i < count % groups ? base + 1 : base));
}
