/** Every write allowed (hooks.ts, `checks`). */
import type { WriteVerdict } from '../../../server/src/auth/access.ts';

export * from '../../../server/src/auth/access.ts';

const ALLOWED: WriteVerdict = { allowed: true };

export function checkWrite(): WriteVerdict {
  return ALLOWED;
}
