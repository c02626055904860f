/** Presence entries not claimed by their owner (hooks.ts, `presence`). */
import type * as Ownership from '../../../server/src/sync/ownership.ts';

export * from '../../../server/src/sync/ownership.ts';

export const claimPresence: typeof Ownership.claimPresence = () => {};
