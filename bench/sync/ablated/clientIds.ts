/** Every client id the writer's, nothing to register (hooks.ts, `checks`). */
import type { ClientIdVerdict } from '../../../server/src/sync/clientIds.ts';

export * from '../../../server/src/sync/clientIds.ts';

export function checkClientIds(): ClientIdVerdict {
  return { allowed: true, register: [], provisional: [], strip: [] };
}
