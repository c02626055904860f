/** Every send admitted, however much a socket holds unread (hooks.ts, `limits`). */
import { OutboxBudget as Bounded } from '../../../server/src/sync/outbox.ts';

export * from '../../../server/src/sync/outbox.ts';

export class OutboxBudget extends Bounded {
  override admits(): boolean {
    return true;
  }
}
