import type { PersonId } from '@avaa/board-model';
import type { WorkshopId } from '@avaa/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Membership, storeMembership } from './personalToken.ts';
import { resolveWorkshopAccess } from './workshopAccess.ts';

const id = 'k3m9x2p7qa' as WorkshopId;
const other = 'x56hnxubqb' as WorkshopId;
const token = (claims: Record<string, string>) => `v1.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
const facilitator = token({ w: id, r: 'facilitator' });
const participant = token({ w: id, r: 'participant' });
const personal = token({ w: id, r: 'participant', p: 'annaannaanna' });
const viewer = token({ w: id, r: 'viewer' });
const anna: Membership = {
  token: personal,
  person: { id: 'annaannaanna' as PersonId, name: 'Anna', role: 'core-staff' },
};

/** Just enough of a browser window: the address, the history and the two storages. */
function fakeWindow(hash: string) {
  const storage = () => {
    const values = new Map<string, string>();
    return {
      getItem: (key: string) => values.get(key) ?? null,
      setItem: (key: string, value: string) => values.set(key, value),
      removeItem: (key: string) => values.delete(key),
    };
  };
  const location = { hash, pathname: `/w/${id}`, search: '' };
  return {
    location,
    history: { state: null, replaceState: () => (location.hash = '') },
    localStorage: storage(),
    sessionStorage: storage(),
  };
}

let saved: unknown;
const open = (hash: string) => Object.assign(globalThis, { window: fakeWindow(hash) });

beforeEach(() => {
  saved = (globalThis as { window?: unknown }).window;
});
afterEach(() => {
  Object.assign(globalThis, { window: saved });
});

describe('who this device is in a workshop', () => {
  it('asks a participant link to join first, and wipes the token from the address', () => {
    open(`#token=${participant}`);
    expect(resolveWorkshopAccess(id)).toEqual({ kind: 'join', linkToken: participant });
    expect(window.location.hash).toBe('');
  });

  it('stays the person this device joined as, from the link or without one (a new tab)', () => {
    open(`#token=${participant}`);
    storeMembership(id, anna);
    expect(resolveWorkshopAccess(id)).toMatchObject({ kind: 'ready', token: personal, personId: 'annaannaanna' });
    window.sessionStorage.removeItem(`avaa:token:${id}:board`);
    expect(resolveWorkshopAccess(id)).toMatchObject({ kind: 'ready', token: personal, role: 'participant' });
  });

  it('lets the facilitator link win, with the person it may also have joined as', () => {
    open(`#token=${facilitator}`);
    expect(resolveWorkshopAccess(id)).toMatchObject({ kind: 'ready', token: facilitator, personId: null });
    storeMembership(id, anna);
    expect(resolveWorkshopAccess(id)).toMatchObject({ kind: 'ready', role: 'facilitator', personId: 'annaannaanna' });
  });

  it('never joins a viewer, and explains a missing or foreign link', () => {
    open(`#token=${viewer}`);
    expect(resolveWorkshopAccess(id)).toMatchObject({ kind: 'ready', role: 'viewer', personId: null });
    open('');
    expect(resolveWorkshopAccess(id)).toEqual({ kind: 'problem', problem: 'missing' });
    open(`#token=${token({ w: other, r: 'participant' })}`);
    expect(resolveWorkshopAccess(id)).toEqual({ kind: 'problem', problem: 'invalid' });
  });

  it('ignores a membership of another workshop', () => {
    open(`#token=${participant}`);
    storeMembership(id, { ...anna, token: token({ w: other, r: 'participant', p: 'annaannaanna' }) });
    expect(resolveWorkshopAccess(id)).toEqual({ kind: 'join', linkToken: participant });
  });
});
