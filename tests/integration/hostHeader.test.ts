import { request } from 'node:http';
import { hostname, networkInterfaces } from 'node:os';
import type { ServerOptions } from '@avaa/server';
import { afterEach, describe, expect, test } from 'vitest';
import type { CreatedWorkshop } from './helpers/api.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';

afterEach(async () => {
  await closeTestServers();
});

const ATTACKER = 'avaa.attacker.example';

type Answer = { readonly status: number; readonly text: string; readonly json: () => unknown };

/** One request with the Host header the caller chooses (fetch keeps it to the URL's). */
type SendOptions = {
  readonly method?: string;
  readonly body?: unknown;
  readonly token?: string;
  readonly proto?: string | undefined;
};

function send(url: string, path: string, host: string, options: SendOptions = {}) {
  const target = new URL(path, url);
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers: Record<string, string> = { Host: host };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.proto) headers['X-Forwarded-Proto'] = options.proto;
  return new Promise<Answer>((resolve, reject) => {
    const req = request(target, { method: options.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('latin1');
        resolve({ status: res.statusCode ?? 0, text, json: () => JSON.parse(text) });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Every answer of the API that carries a link, asked with `host` (the facilitator creates first). */
async function linksAnswered(url: string, host: string, proto?: string) {
  const created = await send(url, '/api/workshops', host, {
    method: 'POST',
    body: { title: 'Ohjaamo', language: 'fi' },
    proto,
  });
  expect(created.status).toBe(201);
  const workshop = created.json() as CreatedWorkshop;
  const token = workshop.sync.tokens.facilitator;
  const lookup = await send(url, `/api/join/${workshop.joinCode}`, host, { proto });
  const joinLink = await send(url, `/api/workshops/${workshop.id}/join-link`, host, { token, proto });
  const boards = await send(url, `/api/workshops/${workshop.id}/boards`, host, { token, proto });
  for (const answer of [lookup, joinLink, boards]) expect(answer.status).toBe(200);
  return { workshop, created, lookup, joinLink, boards };
}

/** The blank template's PDF, whose QR code carries the board's address. */
function blankTemplate(url: string, host: string, workshop: CreatedWorkshop) {
  const token = workshop.sync.tokens.facilitator;
  return send(url, `/api/workshops/${workshop.id}/export?format=pdf&kind=blank`, host, { token });
}

describe('links and the Host header (issue 14)', () => {
  test('a forged Host never reaches a link: answers link relative to the server, and the printed QR code is refused', async () => {
    const { url } = await startTestServer({ host: '0.0.0.0' });
    const answers = await linksAnswered(url, `${ATTACKER}:443`, 'https');
    const { workshop } = answers;
    const blank = await blankTemplate(url, ATTACKER, workshop);
    for (const answer of [answers.created, answers.lookup, answers.joinLink, answers.boards, blank]) {
      expect(answer.text).not.toContain(ATTACKER);
    }
    const id = workshop.id;
    expect(Object.values(workshop.links).every((link) => link.startsWith(`/w/${id}`))).toBe(true);
    expect(workshop.sync.url).toBe('/sync');
    expect(answers.lookup.json()).toMatchObject({ links: { participant: expect.stringMatching(`^/w/${id}#token=`) } });
    expect(answers.joinLink.json()).toMatchObject({ participant: expect.stringMatching(`^/w/${id}#token=`) });
    expect(answers.boards.json()).toMatchObject({ sync: { url: '/sync' } });
    // A QR code on paper needs a whole address, and this one has none it may trust.
    expect(blank.status).toBe(421);
    expect(blank.json()).toEqual({ error: 'host-not-allowed' });
  });

  test("loopback names, this machine's own names and addresses, and ALLOWED_HOSTS give whole links", async () => {
    const { url, server } = await startTestServer({ host: '0.0.0.0' });
    const addresses = Object.values(networkInterfaces())
      .flat()
      .flatMap((address) => (address && address.family === 'IPv4' ? [address.address] : []));
    const hosts = ['localhost', '127.0.0.1', hostname().toLowerCase(), ...addresses].map(
      (name) => `${name}:${server.port}`,
    );
    for (const host of hosts) {
      const { workshop } = await linksAnswered(url, host);
      expect(workshop.links.participant.startsWith(`http://${host}/w/${workshop.id}#token=`)).toBe(true);
      expect(workshop.sync.url).toBe(`ws://${host}/sync`);
    }

    const options: ServerOptions = { host: '0.0.0.0', allowedHosts: ['avaa.kunta.example'] };
    const named = await startTestServer(options);
    const { workshop, joinLink } = await linksAnswered(named.url, 'Avaa.Kunta.Example', 'https');
    expect(workshop.links.facilitator.startsWith('https://avaa.kunta.example/w/')).toBe(true);
    expect(joinLink.json()).toMatchObject({ participant: expect.stringMatching('^https://avaa.kunta.example/w/') });
    expect((await linksAnswered(named.url, `${ATTACKER}`)).workshop.links.participant.startsWith('/w/')).toBe(true);
  });

  test('PUBLIC_URL wins over any Host', async () => {
    const { url } = await startTestServer({ host: '0.0.0.0', publicUrl: 'https://avaa.kunta.example' });
    const { workshop } = await linksAnswered(url, ATTACKER);
    expect(workshop.links.projector.startsWith('https://avaa.kunta.example/w/')).toBe(true);
    expect((await blankTemplate(url, ATTACKER, workshop)).status).toBe(200);
  });
});
