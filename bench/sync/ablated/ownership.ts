/** Presence entries not claimed by their owner (hooks.ts, `presence`). */
export * from '../../../server/src/sync/ownership.ts';

export function claimPresence(): void {}
