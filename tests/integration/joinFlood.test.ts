import { MAX_PEOPLE_PER_WORKSHOP, readSettings, setJoiningOpen } from '@avaa/board-model';
import { afterEach, describe, expect, test } from 'vitest';
import { type CreatedWorkshop, createWorkshop } from './helpers/api.ts';
import { disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, roomRows, startTestServer } from './helpers/server.ts';
import { connectRoom, workshopRoom } from './helpers/workshop.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

/** A join with the public participant link, from `address` (the server trusts the proxy header). */
async function join(url: string, workshop: CreatedWorkshop, name: string, address: string) {
  const response = await fetch(`${url}/api/workshops/${workshop.id}/join`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${workshop.sync.tokens.participant}`,
      'X-Forwarded-For': address,
    },
    body: JSON.stringify({ name, role: 'core-staff' }),
  });
  const body = (await response.json()) as { error?: string };
  return { status: response.status, error: body.error };
}

/** `count` joins, `parallel` at a time; answers counted by status. */
async function flood(url: string, workshop: CreatedWorkshop, count: number, address: (index: number) => string) {
  const statuses = new Map<string, number>();
  for (let start = 0; start < count; start += 50) {
    const batch = Array.from({ length: Math.min(50, count - start) }, (_, offset) =>
      join(url, workshop, `Vierailija ${start + offset}`, address(start + offset)),
    );
    for (const answer of await Promise.all(batch)) {
      const key = `${answer.status}${answer.error ? ` ${answer.error}` : ''}`;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
    }
  }
  return Object.fromEntries(statuses);
}

/** The facilitator closes joining over a stock client: no close code, and the server has it. */
async function facilitatorClosesJoining(url: string, workshop: CreatedWorkshop) {
  const facilitator = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.facilitator);
  await synced(facilitator);
  setJoiningOpen(facilitator.doc, false);
  await eventually(async () => {
    expect((await join(url, workshop, 'Myöhäinen', '10.9.9.9')).error).toBe('joining-closed');
  });
  expect(readSettings(facilitator.doc).joiningOpen).toBe(false);
  expect(facilitator.closeCodes).toEqual([]);
}

describe('join flood (issue 14, point 7)', () => {
  test('joins from one address are rate-limited; the workshop document stays small enough for the facilitator', async () => {
    // A board limit small enough that the unlimited flood (before the fix) grew the workshop
    // document past it, so that the facilitator's own change then closed with 4413.
    const server = await startTestServer({ trustProxy: true, limits: { maxRoomBytes: 48 * 1024 } });
    const workshop = await createWorkshop(server.url);
    const started = performance.now();
    const answers = await flood(server.url, workshop, 400, () => '10.0.0.66');
    const ms = Math.round(performance.now() - started);
    const rows = roomRows(server.dataDir, workshopRoom(workshop));
    console.info(`join flood: 400 joins from one address in ${ms} ms -> ${JSON.stringify(answers)}, log`, rows);
    // JOIN_BURST (150) at once, plus one a second refilled while the flood ran.
    const refilled = Math.ceil(ms / 1000);
    expect(answers['201']).toBeLessThanOrEqual(150 + refilled);
    expect(answers['429 too-many-requests']).toBeGreaterThanOrEqual(250 - refilled);
    // Someone else on another address still joins.
    expect((await join(server.url, workshop, 'Anna', '10.0.0.7')).status).toBe(201);
    await facilitatorClosesJoining(server.url, workshop);
  });

  test('people per workshop are capped with 409 too-many-people; the facilitator still closes joining', async () => {
    const server = await startTestServer({ trustProxy: true, limits: { maxRoomBytes: 64 * 1024 } });
    const workshop = await createWorkshop(server.url);
    // Many addresses, so that only the cap per workshop binds.
    const answers = await flood(
      server.url,
      workshop,
      MAX_PEOPLE_PER_WORKSHOP + 20,
      (index) => `10.1.${index >> 8}.${index & 255}`,
    );
    console.info(`people cap: ${MAX_PEOPLE_PER_WORKSHOP + 20} joins from as many addresses ->`, answers);
    expect(answers).toEqual({ '201': MAX_PEOPLE_PER_WORKSHOP, '409 too-many-people': 20 });
    await facilitatorClosesJoining(server.url, workshop);
  });
});
