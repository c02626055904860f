import { isWorkshopId, type WorkshopId } from '@avaa/protocol';
import { readStored, writeStored } from '../state/storage.ts';
import { readFacilitatorToken } from './facilitatorToken.ts';
import { readMembership } from './personalToken.ts';

/** A workshop this device can open again, as the start page lists it. */
export type DeviceWorkshop = {
  readonly id: WorkshopId;
  readonly title: string;
  /** When this device last opened it (ms since the epoch). */
  readonly openedAt: number;
  readonly role: 'facilitator' | 'participant';
  /** The person this device joined as, if any. */
  readonly personName: string | null;
};

type Seen = { readonly title: string; readonly openedAt: number };

const KEY = 'avaa:workshops';

function readSeen(): Record<string, Seen> {
  try {
    const stored = JSON.parse(readStored('local', KEY) ?? '{}') as unknown;
    return typeof stored === 'object' && stored !== null && !Array.isArray(stored)
      ? (stored as Record<string, Seen>)
      : {};
  } catch {
    return {};
  }
}

/** Notes the title and the time this device opened a workshop (never a token: those live apart). */
export function rememberWorkshop(workshopId: WorkshopId, title: string, now = Date.now()): void {
  const seen = readSeen();
  const previous = seen[workshopId];
  // Every page of an open workshop notes it: rewrite only what changed, at most once a minute.
  if (previous?.title === title && now - previous.openedAt < 60_000) return;
  writeStored('local', KEY, JSON.stringify({ ...seen, [workshopId]: { title, openedAt: now } }));
}

export function forgetWorkshopEntry(workshopId: WorkshopId): void {
  const { [workshopId]: _forgotten, ...rest } = readSeen();
  writeStored('local', KEY, JSON.stringify(rest));
}

/**
 * The workshops this device can open again (it keeps the facilitator's token or a membership),
 * the most recently opened first. One whose keys are gone is not listed.
 */
export function listDeviceWorkshops(): DeviceWorkshop[] {
  const listed: DeviceWorkshop[] = [];
  for (const [id, seen] of Object.entries(readSeen())) {
    if (!isWorkshopId(id)) continue;
    const membership = readMembership(id);
    const role = readFacilitatorToken(id) ? 'facilitator' : membership ? 'participant' : null;
    if (!role) continue;
    const title = typeof seen?.title === 'string' ? seen.title : '';
    const openedAt = typeof seen?.openedAt === 'number' ? seen.openedAt : 0;
    listed.push({ id, title, openedAt, role, personName: membership?.person.name ?? null });
  }
  return listed.sort((a, b) => b.openedAt - a.openedAt);
}
