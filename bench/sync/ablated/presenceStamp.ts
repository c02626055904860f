/** Presence relayed as sent (hooks.ts, `presence`). */
export * from '../../../server/src/sync/presenceStamp.ts';

export function stampPresence(update: Uint8Array): Uint8Array {
  return update;
}
