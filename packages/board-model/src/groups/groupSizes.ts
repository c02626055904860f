/** The small-group sizes a facilitator can ask for: the method's "about 3-5 people". */
export const GROUP_SIZES = [3, 4, 5] as const;
export type GroupSize = (typeof GROUP_SIZES)[number];

export const MIN_GROUP_SIZE = 3;
export const MAX_GROUP_SIZE = 5;

/**
 * The smallest group the tool makes, and only when the facilitator chooses as many groups as the
 * size asks for over the method's 3 (eight people in three groups); such a group is warned of.
 */
export const SMALLEST_GROUP = 2;

/** The method: under 10 people fill one common table together instead of splitting up. */
export const SINGLE_BOARD_BELOW = 10;
