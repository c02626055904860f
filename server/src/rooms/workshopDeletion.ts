import type { WorkshopId } from '@avaa/protocol';
import { errorFields, type Logger } from '../log.ts';
import { type Storage, workshopOfRoom } from '../storage/types.ts';
import type { RoomManager } from './roomManager.ts';

/**
 * Deletes a workshop at once: its sockets close with 4404 and its rooms leave memory without
 * being stored again, then the workshop and every room's log and snapshot are deleted in one
 * transaction and purged from the database files. False when there was no such workshop.
 */
export async function deleteWorkshop(rooms: RoomManager, storage: Storage, id: WorkshopId): Promise<boolean> {
  await rooms.discardWorkshop(id);
  return storage.deleteWorkshop(id);
}

export type RetentionOptions = {
  readonly rooms: RoomManager;
  readonly storage: Storage;
  readonly logger: Logger;
  /** How long after its last activity a workshop is deleted; 0 keeps workshops forever. */
  readonly retentionMs: number;
  readonly sweepIntervalMs: number;
};

/**
 * The retention sweep: at start and then every `sweepIntervalMs`, deletes the workshops whose
 * last activity is older than the retention time. A workshop with a room open on this node is
 * left for a later sweep: nobody's board disappears under them. Returns the function that stops it.
 */
export function startRetention(options: RetentionOptions): () => Promise<void> {
  if (options.retentionMs <= 0) return async () => {};
  const state = { stopped: false };
  let running: Promise<void> | undefined;
  const run = () => {
    running ??= sweep(options, state)
      .catch((error: unknown) => options.logger('error', 'retention-sweep-failed', errorFields(error)))
      .finally(() => {
        running = undefined;
      });
  };
  run();
  // unref: a pending sweep never keeps the process alive.
  const timer = setInterval(run, options.sweepIntervalMs).unref();
  // Stopping waits for a sweep under way (it stops between workshops), so storage can close.
  return async () => {
    state.stopped = true;
    clearInterval(timer);
    await running;
  };
}

async function sweep(options: RetentionOptions, state: { readonly stopped: boolean }): Promise<void> {
  const { rooms, storage, logger, retentionMs } = options;
  const expired = await storage.workshopsInactiveSince(Date.now() - retentionMs);
  if (expired.length === 0) return;
  const open = new Set([...rooms.roomNames()].map(workshopOfRoom));
  const due = expired.filter((id) => !open.has(id));
  for (const id of due) {
    if (state.stopped) return;
    if (await deleteWorkshop(rooms, storage, id)) logger('info', 'workshop-deleted', { workshop: id, by: 'retention' });
  }
  logger('info', 'retention-sweep', { deleted: due.length, leftOpen: expired.length - due.length });
}
