/** No path limits (hooks.ts, `checks`). */
import type { PathLimit } from '../../../server/src/sync/pathLimits.ts';

export * from '../../../server/src/sync/pathLimits.ts';

export function exceededPathLimit(): PathLimit | undefined {
  return undefined;
}
