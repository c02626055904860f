import { CloseCode } from '@avaa/protocol';
import { afterEach, describe, expect, test } from 'vitest';
import { type CreatedWorkshop, createWorkshop } from './helpers/api.ts';
import { closeRawSockets, openRaw, syncUrl } from './helpers/rawSocket.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';

afterEach(async () => {
  closeRawSockets();
  await closeTestServers();
});

type Role = keyof CreatedWorkshop['sync']['tokens'];

/**
 * A socket to the workshop's plenary from `address` (the server trusts the proxy's header):
 * 'admitted' once the server sends its first message (only admitted sockets are spoken to),
 * else the close code.
 */
function connect(workshop: CreatedWorkshop, role: Role, address: string): Promise<'admitted' | number> {
  const url = syncUrl(workshop.sync, workshop.sync.board, workshop.sync.tokens[role]);
  const raw = openRaw(url, { headers: { 'X-Forwarded-For': address } });
  return new Promise((resolve) => {
    raw.socket.once('message', () => resolve('admitted'));
    void raw.closed.then(resolve);
  });
}

function countBy(values: readonly unknown[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
  return counts;
}

describe('room capacity lock-out (issue 14, point 6)', () => {
  test('one address holding a read-only socket on every workshop does not lock the others out', async () => {
    const server = await startTestServer({ trustProxy: true, limits: { maxActiveWorkshops: 30 } });
    const attacker = [];
    for (let index = 0; index < 30; index++) attacker.push(await createWorkshop(server.url, `Täyttö ${index}`));
    const held = countBy(await Promise.all(attacker.map((workshop) => connect(workshop, 'viewer', '10.6.6.6'))));
    const victim = await createWorkshop(server.url, 'Ohjaamo Vantaa');
    const facilitator = await connect(victim, 'facilitator', '10.0.0.1');
    const participant = await connect(victim, 'participant', '10.0.0.2');
    console.info(`capacity: one address opens 30 of 30 workshops -> ${JSON.stringify(held)};`, {
      facilitator,
      participant,
    });
    expect(held[CloseCode.addressFull]).toBeGreaterThan(0);
    expect([facilitator, participant]).toEqual(['admitted', 'admitted']);
  });

  test('when viewers from many addresses fill the server, a facilitator still opens their workshop', async () => {
    const server = await startTestServer({ trustProxy: true, limits: { maxActiveWorkshops: 10 } });
    const others = [];
    for (let index = 0; index < 10; index++) others.push(await createWorkshop(server.url, `Muu ${index}`));
    const opened = await Promise.all(others.map((workshop, index) => connect(workshop, 'viewer', `10.7.0.${index}`)));
    expect(opened).toEqual(Array(10).fill('admitted'));
    const own = await createWorkshop(server.url, 'Ohjaamo Kerava');
    expect(await connect(own, 'viewer', '10.0.0.3')).toBe(CloseCode.serverFull);
    expect(await connect(own, 'facilitator', '10.0.0.1')).toBe('admitted');
    // Once the facilitator has it open, the workshop's people get in too.
    expect(await connect(own, 'participant', '10.0.0.2')).toBe('admitted');
  });

  test('a board full of viewers still lets the facilitator in', async () => {
    const server = await startTestServer({ trustProxy: true, limits: { maxConnectionsPerRoom: 5 } });
    const workshop = await createWorkshop(server.url);
    const viewers = await Promise.all(
      Array.from({ length: 6 }, (_, index) => connect(workshop, 'viewer', `10.8.0.${index}`)),
    );
    expect(countBy(viewers)).toEqual({ admitted: 5, [CloseCode.roomFull]: 1 });
    expect(await connect(workshop, 'facilitator', '10.0.0.1')).toBe('admitted');
  });

  test('sockets per address and per workshop are capped; other addresses and the facilitator are not', async () => {
    const server = await startTestServer({
      trustProxy: true,
      limits: { maxConnectionsPerAddress: 8, maxConnectionsPerWorkshop: 12 },
    });
    const workshop = await createWorkshop(server.url);
    const fromOne = await Promise.all(Array.from({ length: 10 }, () => connect(workshop, 'viewer', '10.9.0.1')));
    expect(countBy(fromOne)).toEqual({ admitted: 8, [CloseCode.addressFull]: 2 });
    const fromOthers = await Promise.all(
      Array.from({ length: 6 }, (_, index) => connect(workshop, 'participant', `10.9.1.${index}`)),
    );
    expect(countBy(fromOthers)).toEqual({ admitted: 4, [CloseCode.roomFull]: 2 });
    expect(await connect(workshop, 'facilitator', '10.9.2.1')).toBe('admitted');
  });
});
