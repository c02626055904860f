/** Presence relayed as sent (hooks.ts, `presence`). */
import type * as PresenceStamp from '../../../server/src/sync/presenceStamp.ts';

export * from '../../../server/src/sync/presenceStamp.ts';

export const stampPresence: typeof PresenceStamp.stampPresence = (update) => update;
