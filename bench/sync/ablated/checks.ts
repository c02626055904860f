/** Every write allowed (hooks.ts, `checks`). */
import type * as Access from '../../../server/src/auth/access.ts';

export * from '../../../server/src/auth/access.ts';

const ALLOWED: Access.WriteVerdict = { allowed: true };

export const checkWrite: typeof Access.checkWrite = () => ALLOWED;
