import { describe, expect, it } from 'vitest';
import { isWorkshopId, parseRoomName, privateRoomName, roomName, type WorkshopId, workshopRoomName } from './rooms.ts';
import type { PersonId } from './vocabulary.ts';

const id = 'k3m9x2p7qa' as WorkshopId;

describe('room names', () => {
  it('round-trips every kind of room', () => {
    expect(parseRoomName(roomName(id))).toEqual({ workshopId: id, kind: 'board', board: { kind: 'plenary' } });
    expect(parseRoomName(roomName(id, { kind: 'group', group: 12 }))).toEqual({
      workshopId: id,
      kind: 'board',
      board: { kind: 'group', group: 12 },
    });
    expect(parseRoomName(workshopRoomName(id))).toEqual({ workshopId: id, kind: 'workshop' });
    const personId = 'p4x' as PersonId;
    expect(parseRoomName(privateRoomName(id, { kind: 'plenary' }, personId))).toEqual({
      workshopId: id,
      kind: 'private',
      board: { kind: 'plenary' },
      personId,
    });
    expect(parseRoomName(privateRoomName(id, { kind: 'group', group: 30 }, 'z'.repeat(32) as PersonId))).toEqual({
      workshopId: id,
      kind: 'private',
      board: { kind: 'group', group: 30 },
      personId: 'z'.repeat(32),
    });
  });

  it.each([
    'k3m9x2p7qa',
    'k3m9x2p7qa/',
    'k3m9x2p7qa/plenary/1',
    'k3m9x2p7qa/group',
    'k3m9x2p7qa/group/0',
    'k3m9x2p7qa/group/01',
    'k3m9x2p7qa/group/31',
    'k3m9x2p7qa/group/1/x',
    'K3M9X2P7QA/plenary',
    '../../etc/passwd',
    'k3m9x2p7q0/plenary',
    `${'a'.repeat(70)}/plenary`,
    'k3m9x2p7qa/private',
    'k3m9x2p7qa/private/plenary',
    'k3m9x2p7qa/private/plenary/P4X',
    'k3m9x2p7qa/private/plenary/p4x/1',
    'k3m9x2p7qa/private/group/p4x',
    'k3m9x2p7qa/private/group/31/p4x',
    'k3m9x2p7qa/private/group/1',
    'k3m9x2p7qa/private/workshop/p4x',
  ])('refuses %j', (name) => {
    expect(parseRoomName(name)).toBeUndefined();
  });

  it('knows workshop ids', () => {
    expect(isWorkshopId(id)).toBe(true);
    expect(isWorkshopId('short')).toBe(false);
  });
});
