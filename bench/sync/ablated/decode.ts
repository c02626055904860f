/** The connection's update not decoded for the checks it no longer runs (hooks.ts, `checks`). */
import type { DecodedUpdate } from '../../../packages/board-model/src/yjsInternals.ts';

export * from '../../../packages/board-model/src/yjsInternals.ts';

const NOTHING = { structs: [], ds: { clients: new Map() } } as unknown as DecodedUpdate;

export function decodeUpdate(): DecodedUpdate {
  return NOTHING;
}
