/** Every client id the writer's, nothing to register (hooks.ts, `checks`). */
import type * as ClientIds from '../../../server/src/sync/clientIds.ts';

export * from '../../../server/src/sync/clientIds.ts';

export const checkClientIds: typeof ClientIds.checkClientIds = () => ({
  allowed: true,
  register: [],
  provisional: [],
  strip: [],
});
