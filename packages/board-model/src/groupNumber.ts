import { MAX_GROUP_NUMBER } from '@avaa/protocol';

// The rule itself is @avaa/protocol's (room names carry the number); re-exported for the domain.
export { isGroupNumber } from '@avaa/protocol';

/**
 * Breakout groups are numbered 1..MAX_GROUPS. Their boards are rooms `<workshop>/group/<n>`, so
 * the limit is the room names' (@avaa/protocol); it keeps room names and the overview bounded.
 */
export const MAX_GROUPS = MAX_GROUP_NUMBER;
