/** No path limits (hooks.ts, `checks`). */
import type * as PathLimits from '../../../server/src/sync/pathLimits.ts';

export * from '../../../server/src/sync/pathLimits.ts';

export const exceededPathLimit: typeof PathLimits.exceededPathLimit = () => undefined;
