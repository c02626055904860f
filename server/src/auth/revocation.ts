import { settingsMap } from '@avaa/board-model';
import { CloseCode, type CloseCodeValue } from '@avaa/protocol';
import type * as Y from 'yjs';
import { isRemovedPerson } from './access.ts';
import type { Capability } from './tokens.ts';

/**
 * The participant link's generation, kept in the workshop document's settings (which only the
 * facilitator and the server write). Rotating the link (POST /api/workshops/<id>/rotate) bumps
 * it: generic participant tokens of an older generation are refused from then on, and the
 * sockets holding one are closed. Tokens naming a person (from the join API) are not affected:
 * people who already joined stay in. The facilitator's and the projector's links do not rotate.
 */
export const PARTICIPANT_LINK_GENERATION = 'participantLinkGeneration';

/** Personal tokens (join API) expire after this; the workshop's role links do not expire. */
export const PERSON_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;

// setTimeout takes at most 2^31 - 1 ms (about 24.8 days); longer waits are re-armed.
const MAX_TIMER_MS = 2 ** 31 - 1;

export function participantLinkGeneration(workshopDoc: Y.Doc): number {
  const value = settingsMap(workshopDoc).get(PARTICIPANT_LINK_GENERATION);
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
}

/** Makes a new participant link generation; the caller stores the change. Returns it. */
export function rotateParticipantLink(workshopDoc: Y.Doc): number {
  const next = participantLinkGeneration(workshopDoc) + 1;
  settingsMap(workshopDoc).set(PARTICIPANT_LINK_GENERATION, next);
  return next;
}

/** A generic participant token from before the link was last rotated. */
export function isRevokedToken(workshopDoc: Y.Doc, capability: Capability): boolean {
  if (capability.role !== 'participant' || capability.personId !== undefined) return false;
  return (capability.generation ?? 0) !== participantLinkGeneration(workshopDoc);
}

export type AccessLoss = { readonly code: CloseCodeValue; readonly reason: string };

/** Why a token no longer admits its holder: the person was removed, or the link rotated. */
export function accessLost(workshopDoc: Y.Doc, capability: Capability): AccessLoss | undefined {
  if (isRemovedPerson(workshopDoc, capability.personId)) return { code: CloseCode.forbidden, reason: 'removed' };
  if (isRevokedToken(workshopDoc, capability)) return { code: CloseCode.unauthorized, reason: 'token revoked' };
  return undefined;
}

/**
 * Calls `onLost` once when the token stops admitting its holder: on the workshop document change
 * that removes the person or rotates the link (at once), or when the token expires. Returns the
 * function that stops watching.
 */
export function watchAccess(
  workshopDoc: Y.Doc,
  capability: Capability,
  onLost: (loss: AccessLoss) => void,
  now: () => number = Date.now,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const stop = () => {
    stopped = true;
    workshopDoc.off('update', check);
    clearTimeout(timer);
  };
  const lose = (loss: AccessLoss) => {
    if (stopped) return;
    stop();
    onLost(loss);
  };
  function check() {
    const loss = accessLost(workshopDoc, capability);
    if (loss) lose(loss);
  }
  const armExpiry = () => {
    const { expiresAt } = capability;
    if (expiresAt === undefined || stopped) return;
    const left = expiresAt - now();
    if (left <= 0) {
      lose({ code: CloseCode.unauthorized, reason: 'token expired' });
      return;
    }
    timer = setTimeout(armExpiry, Math.min(left, MAX_TIMER_MS));
    timer.unref();
  };
  workshopDoc.on('update', check);
  armExpiry();
  return stop;
}
