import { describe, expect, it } from 'vitest';
import { API_ERRORS, ApiError, isApiError } from '../apiErrors.ts';
import { isGroupNumber, MAX_GROUP_NUMBER, parseRoomName } from '../rooms.ts';
import { isPersonId } from '../vocabulary.ts';
import { checkJoined, checkJoinRequest, isJoinFieldError } from './joining.ts';
import { checkWorkshopBoards } from './people.ts';
import { checkOperator } from './server.ts';
import { checkDotRequest, checkMyDots } from './votes.ts';
import { checkCreatedWorkshop, checkWorkshopSummary } from './workshops.ts';

const WORKSHOP = 'abcdefghjk';
const NOTE = 'n0te1d2b3c4d';

describe('ApiError: the names code writes', () => {
  it('names every error once, each by its own name', () => {
    const names = Object.values(ApiError);
    expect(names.sort()).toEqual(Object.keys(API_ERRORS).sort());
    expect(ApiError.tooManyPeople).toBe('too-many-people');
    expect(ApiError.internal).toBe('internal');
    expect(names.every(isApiError)).toBe(true);
    expect(Object.isFrozen(ApiError)).toBe(true);
  });
});

describe('request checks, as the server answers a bad body', () => {
  it('a join: an object with a string name and a known role', () => {
    expect(checkJoinRequest({ name: 'Aino', role: 'core-staff', admin: true })).toEqual({
      ok: true,
      value: { name: 'Aino', role: 'core-staff' },
    });
    expect(checkJoinRequest(['Aino', 'core-staff'])).toEqual({ ok: false, error: ApiError.notAnObject });
    expect(checkJoinRequest({ name: 42, role: 'core-staff' })).toEqual({
      ok: false,
      error: ApiError.notAString,
      field: 'name',
    });
    for (const role of [undefined, 'boss', 3]) {
      expect(checkJoinRequest({ name: 'Aino', role })).toEqual({
        ok: false,
        error: ApiError.unknownRole,
        field: 'role',
      });
    }
  });

  it('a dot: a note id and, optionally, the device change id', () => {
    expect(checkDotRequest({ note: NOTE })).toEqual({ ok: true, value: { note: NOTE } });
    expect(checkDotRequest({ note: NOTE, change: 'device-1234' }).ok).toBe(true);
    expect(checkDotRequest({ note: 'x' })).toEqual({ ok: false, error: ApiError.unknownNote, field: 'note' });
    expect(checkDotRequest({ note: NOTE, change: 'x' })).toEqual({
      ok: false,
      error: ApiError.invalidChange,
      field: 'change',
    });
  });
});

describe('answer checks, as a client reads the server', () => {
  const created = {
    id: WORKSHOP,
    title: 'Ohjaamo',
    language: 'fi',
    joinCode: 'abc234',
    links: { facilitator: 'f', participant: 'p', projector: 'v', feedback: 'b' },
    sync: { url: 'ws://x/sync', board: WORKSHOP, tokens: { facilitator: 'a', participant: 'b', viewer: 'c' } },
  };

  it('takes a whole answer and refuses one missing a part', () => {
    expect(checkCreatedWorkshop(created)).toEqual({ ok: true, value: created });
    const { viewer: _, ...twoTokens } = created.sync.tokens;
    expect(checkCreatedWorkshop({ ...created, sync: { ...created.sync, tokens: twoTokens } })).toMatchObject({
      ok: false,
      field: 'sync.tokens.viewer',
    });
    expect(checkCreatedWorkshop({ ...created, language: 'de' })).toMatchObject({ ok: false, field: 'language' });
    expect(checkCreatedWorkshop({ ...created, id: '../etc' })).toMatchObject({ ok: false, field: 'id' });
  });

  it('optional parts are left out, not undefined', () => {
    const summary = { id: WORKSHOP, title: 'Ohjaamo', language: 'sv', role: 'viewer' };
    const checked = checkWorkshopSummary(summary);
    expect(checked).toEqual({ ok: true, value: summary });
    expect(checked.ok && 'joinCode' in checked.value).toBe(false);
    expect(checkWorkshopSummary({ ...summary, role: 'admin' }).ok).toBe(false);
    expect(checkWorkshopSummary({ ...summary, retentionDays: '365' }).ok).toBe(false);
  });

  it('people, dots, boards and the operator', () => {
    const person = { id: 'abc123', name: 'Aino', role: 'supervisor' };
    expect(checkJoined({ person, token: 't' }).ok).toBe(true);
    expect(checkJoined({ person: { ...person, id: 'x'.repeat(33) }, token: 't' }).ok).toBe(false);
    expect(checkMyDots({ notes: [NOTE], left: 1, total: 2 }).ok).toBe(true);
    expect(checkMyDots({ notes: ['<script>'], left: 1, total: 2 })).toMatchObject({ ok: false, field: 'notes[0]' });
    const boards = {
      workshop: { room: `${WORKSHOP}/workshop` },
      plenary: { room: WORKSHOP },
      groups: [{ number: 1, room: `${WORKSHOP}/group/1`, members: [person] }],
      sync: { url: 'ws://x/sync', tokens: { facilitator: 'a', participant: 'b', viewer: 'c' } },
    };
    expect(checkWorkshopBoards(boards)).toEqual({ ok: true, value: boards });
    expect(checkOperator({ name: null, accessibilityEmail: 'a@b.fi', accessibilityFeedbackUrl: null }).ok).toBe(true);
    expect(checkOperator({ name: null }).ok).toBe(false);
  });
});

describe('shared rules', () => {
  it('person ids are 1..32 characters of [0-9a-z], for tokens, presence and the API alike', () => {
    expect(['a', 'x'.repeat(32), 'abc123'].every(isPersonId)).toBe(true);
    expect(['', 'x'.repeat(33), 'Abc', 'a b', 7].some(isPersonId)).toBe(false);
  });

  it('group numbers are 1..MAX_GROUP_NUMBER, in room names as in values', () => {
    expect([1, MAX_GROUP_NUMBER].every(isGroupNumber)).toBe(true);
    expect([0, MAX_GROUP_NUMBER + 1, 1.5, '1'].some(isGroupNumber)).toBe(false);
    expect(parseRoomName(`${WORKSHOP}/group/${MAX_GROUP_NUMBER}`)).toBeDefined();
    expect(parseRoomName(`${WORKSHOP}/group/${MAX_GROUP_NUMBER + 1}`)).toBeUndefined();
  });

  it('the join errors about a field are the contract’s', () => {
    expect(isJoinFieldError(ApiError.emptyName)).toBe(true);
    expect(isJoinFieldError(ApiError.joiningClosed)).toBe(false);
  });
});
