import { setProjectorView, setStage } from '@avaa/board-model';
import { afterEach, describe, expect, test } from 'vitest';
import { createWorkshop, getJson, joinAs } from './helpers/api.ts';
import { disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { connectRoom, handled, workshopRoom } from './helpers/workshop.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

const tokenOf = (link: string) => link.slice(link.indexOf('#token=') + '#token='.length);
const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

type JoinLink = { participant: string; joinCode: string };

// The projector's read-only link shows the room how to join: the participant link as a QR code.
describe('GET /api/workshops/<id>/join-link', () => {
  test('gives the projector the participant link and code only while joining is on the projector', async () => {
    const { url } = await startTestServer();
    const workshop = await createWorkshop(url);
    const path = `${url}/api/workshops/${workshop.id}/join-link`;
    const viewer = workshop.sync.tokens.viewer;

    const atSetup = await getJson(path, bearer(viewer));
    expect(atSetup.status).toBe(200);
    expect(atSetup.body).toEqual({ participant: workshop.links.participant, joinCode: workshop.joinCode });

    const facilitator = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.facilitator);
    const witness = connectRoom(workshop, workshopRoom(workshop), viewer);
    await synced(facilitator, witness);
    setStage(facilitator.doc, 'group-work');
    await handled(facilitator, witness, 'group-work');
    expect(await getJson(path, bearer(viewer))).toEqual({ status: 403, body: { error: 'joining-not-shown' } });
    // A projector cannot put joining on the wall itself: the viewer's write is dropped.
    setProjectorView(witness.doc, 'joining');
    await handled(witness, facilitator, 'viewer-wrote');
    expect((await getJson(path, bearer(viewer))).status).toBe(403);
    // The facilitator reads it at any stage.
    expect((await getJson(path, bearer(workshop.sync.tokens.facilitator))).status).toBe(200);

    setProjectorView(facilitator.doc, 'joining');
    await eventually(async () => expect((await getJson(path, bearer(viewer))).status).toBe(200));
  });

  test('hands out the rotated link, never the old one', async () => {
    const { url } = await startTestServer();
    const workshop = await createWorkshop(url);
    const rotated = await fetch(`${url}/api/workshops/${workshop.id}/rotate`, {
      method: 'POST',
      ...bearer(workshop.sync.tokens.facilitator),
    });
    const { token } = (await rotated.json()) as { token: string };
    const answer = await getJson(`${url}/api/workshops/${workshop.id}/join-link`, bearer(workshop.sync.tokens.viewer));
    expect(tokenOf((answer.body as JoinLink).participant)).toBe(token);
    expect(token).not.toBe(workshop.sync.tokens.participant);
  });

  test('refuses participants, people, other workshops and no token', async () => {
    const { url } = await startTestServer();
    const workshop = await createWorkshop(url);
    const other = await createWorkshop(url, 'Toinen työpaja');
    const path = `${url}/api/workshops/${workshop.id}/join-link`;
    const anna = await joinAs(url, workshop, 'Anna');
    expect((await getJson(path, bearer(workshop.sync.tokens.participant))).status).toBe(403);
    expect((await getJson(path, bearer(anna.token))).status).toBe(403);
    expect((await getJson(path, bearer(other.sync.tokens.viewer))).status).toBe(401);
    expect((await getJson(path)).status).toBe(401);
    expect((await getJson(`${url}/api/workshops/nope/join-link`, bearer(workshop.sync.tokens.viewer))).status).toBe(
      401,
    );
  });
});
