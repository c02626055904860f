import type { PersonId } from '@avaa/board-model';
import type { WorkshopId } from '@avaa/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDeviceWorkshops, rememberWorkshop } from './deviceWorkshops.ts';
import { forgetWorkshopLocally } from './forgetWorkshop.ts';
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

/** Another tab, or the next day: the same localStorage, a fresh sessionStorage and address. */
function reopen(hash: string) {
  const previous = (globalThis as unknown as { window: ReturnType<typeof fakeWindow> }).window;
  Object.assign(globalThis, { window: { ...fakeWindow(hash), localStorage: previous.localStorage } });
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

  it('keeps the facilitator: a new tab or the next day opens the workshop without the link', () => {
    open(`#token=${facilitator}`);
    expect(resolveWorkshopAccess(id)).toMatchObject({ kind: 'ready', role: 'facilitator' });
    reopen('');
    expect(resolveWorkshopAccess(id)).toMatchObject({ kind: 'ready', token: facilitator, role: 'facilitator' });
    // A participant link opened in a tab is that tab's: it asks to join.
    reopen(`#token=${participant}`);
    expect(resolveWorkshopAccess(id)).toEqual({ kind: 'join', linkToken: participant });
  });

  it('lists the workshops this device can open again, and forgets one on request', async () => {
    open(`#token=${facilitator}`);
    resolveWorkshopAccess(id);
    rememberWorkshop(id, 'Ohjaamo Lahti', 1000);
    rememberWorkshop(other, 'Ei avainta', 2000);
    storeMembership(other, { ...anna, token: token({ w: other, r: 'participant', p: 'annaannaanna' }) });
    rememberWorkshop(other, 'Ohjaamo Vaasa', 3000);
    expect(listDeviceWorkshops()).toEqual([
      { id: other, title: 'Ohjaamo Vaasa', openedAt: 3000, role: 'participant', personName: 'Anna' },
      { id, title: 'Ohjaamo Lahti', openedAt: 1000, role: 'facilitator', personName: null },
    ]);
    await forgetWorkshopLocally(id);
    expect(listDeviceWorkshops().map((entry) => entry.id)).toEqual([other]);
    reopen('');
    expect(resolveWorkshopAccess(id)).toEqual({ kind: 'problem', problem: 'missing' });
  });
});
