/** The connection's update not decoded for the checks it no longer runs (hooks.ts, `checks`). */
import type * as YjsInternals from '../../../packages/board-model/src/yjsInternals.ts';

export * from '../../../packages/board-model/src/yjsInternals.ts';

const NOTHING = { structs: [], ds: { clients: new Map() } } as unknown as YjsInternals.DecodedUpdate;

export const decodeUpdate: typeof YjsInternals.decodeUpdate = () => NOTHING;
