/** Every frame handled as sent: no rate limits, sizes or presence bounds (hooks.ts, `limits`). */
import { FrameGuard as Checked, type Verdict } from '../../../server/src/sync/frameGuard.ts';

export * from '../../../server/src/sync/frameGuard.ts';

const HANDLE: Verdict = { action: 'handle' };

export class FrameGuard extends Checked {
  override check(): Verdict {
    return HANDLE;
  }
}
