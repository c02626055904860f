import { addPerson, removePerson, seedWorkshop } from '@avaa/board-model';
import { CloseCode, type WorkshopId } from '@avaa/protocol';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import {
  accessLost,
  isRevokedToken,
  participantLinkGeneration,
  rotateParticipantLink,
  watchAccess,
} from './revocation.ts';
import type { Capability } from './tokens.ts';

const workshopId = 'abcdefghjk' as WorkshopId;
const generic: Capability = { workshopId, role: 'participant' };

function workshopDoc(): Y.Doc {
  const doc = new Y.Doc();
  seedWorkshop(doc, { title: 'Testi', language: 'fi', createdAt: 1 });
  return doc;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('participant link rotation', () => {
  test('rotating revokes generic participant tokens of older generations only', () => {
    const doc = workshopDoc();
    expect(participantLinkGeneration(doc)).toBe(0);
    expect(isRevokedToken(doc, generic)).toBe(false);
    expect(rotateParticipantLink(doc)).toBe(1);
    expect(isRevokedToken(doc, generic)).toBe(true);
    expect(isRevokedToken(doc, { ...generic, generation: 1 })).toBe(false);
    expect(accessLost(doc, generic)).toEqual({ code: CloseCode.unauthorized, reason: 'token revoked' });
    // People who joined, the facilitator and the projector keep their tokens.
    const person = addPerson(doc, { name: 'Anna', role: 'core-staff' });
    if (!person.ok) throw new Error(person.error);
    expect(accessLost(doc, { ...generic, personId: person.value })).toBeUndefined();
    expect(accessLost(doc, { workshopId, role: 'facilitator' })).toBeUndefined();
    expect(accessLost(doc, { workshopId, role: 'viewer' })).toBeUndefined();
  });
});

describe('watchAccess', () => {
  test('reports a removal as the workshop document changes, once', () => {
    const doc = workshopDoc();
    const person = addPerson(doc, { name: 'Anna', role: 'core-staff' });
    if (!person.ok) throw new Error(person.error);
    const lost = vi.fn();
    watchAccess(doc, { ...generic, personId: person.value }, lost);
    rotateParticipantLink(doc);
    expect(lost).not.toHaveBeenCalled();
    removePerson(doc, person.value);
    removePerson(doc, person.value);
    expect(lost.mock.calls).toEqual([[{ code: CloseCode.forbidden, reason: 'removed' }]]);
  });

  test('reports a rotation, and an expiry when it comes; stopping ends both', () => {
    vi.useFakeTimers();
    const doc = workshopDoc();
    const rotated = vi.fn();
    watchAccess(doc, generic, rotated);
    rotateParticipantLink(doc);
    expect(rotated).toHaveBeenCalledWith({ code: CloseCode.unauthorized, reason: 'token revoked' });

    const expired = vi.fn();
    watchAccess(doc, { workshopId, role: 'viewer', expiresAt: Date.now() + 5000 }, expired);
    vi.advanceTimersByTime(4999);
    expect(expired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(expired).toHaveBeenCalledWith({ code: CloseCode.unauthorized, reason: 'token expired' });

    const stopped = vi.fn();
    const stop = watchAccess(doc, { ...generic, generation: 1, expiresAt: Date.now() + 10 }, stopped);
    stop();
    rotateParticipantLink(doc);
    vi.advanceTimersByTime(100);
    expect(stopped).not.toHaveBeenCalled();
  });
});
