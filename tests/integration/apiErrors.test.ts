import { API_ERRORS, isApiError } from '@avaa/protocol';
import { afterEach, describe, expect, test } from 'vitest';
import { createWorkshop, joinAs } from './helpers/api.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';

afterEach(closeTestServers);

type Probe = { readonly name: string; readonly path: string; readonly init?: RequestInit; readonly expected: string };

const json = (method: string, body: unknown, token?: string): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
const bearer = (token: string): RequestInit => ({ headers: { Authorization: `Bearer ${token}` } });

// Every refusal the API makes names one of API_ERRORS (@avaa/protocol), with that error's own
// status and nothing a client would have to match as free text.
describe('the API refuses only in its closed vocabulary', () => {
  test('hostile and mistaken requests across the endpoints each get a named error with its status', async () => {
    const { url } = await startTestServer();
    const workshop = await createWorkshop(url);
    const { facilitator, participant, viewer } = workshop.sync.tokens;
    const person = await joinAs(url, workshop, 'Aino', 'core-staff');
    const base = `/api/workshops/${workshop.id}`;
    const probes: Probe[] = [
      { name: 'no such endpoint', path: '/api/nothing-here', expected: 'not-found' },
      { name: 'wrong method', path: '/api/workshops', init: { method: 'PUT' }, expected: 'method-not-allowed' },
      {
        name: 'text/plain body',
        path: '/api/workshops',
        init: { method: 'POST', body: '{}', headers: { 'Content-Type': 'text/plain' } },
        expected: 'unsupported-media-type',
      },
      { name: 'broken JSON', path: '/api/workshops', init: json('POST', '{"title":'), expected: 'invalid-json' },
      { name: 'an array', path: '/api/workshops', init: json('POST', []), expected: 'not-an-object' },
      {
        name: 'empty title',
        path: '/api/workshops',
        init: json('POST', { title: ' ', language: 'fi' }),
        expected: 'empty',
      },
      { name: 'no token', path: base, expected: 'unauthorized' },
      { name: 'forged token', path: base, init: bearer(`${facilitator}x`), expected: 'unauthorized' },
      {
        name: 'unknown workshop',
        path: '/api/workshops/zzzzzzzzzz',
        init: bearer(facilitator),
        expected: 'unauthorized',
      },
      { name: 'unknown join code', path: '/api/join/zzzzzz', expected: 'unknown-join-code' },
      {
        name: 'empty name',
        path: `${base}/join`,
        init: json('POST', { name: '', role: 'core-staff' }, participant),
        expected: 'empty-name',
      },
      {
        name: 'unknown role',
        path: `${base}/join`,
        init: json('POST', { name: 'Bertil', role: 'boss' }, participant),
        expected: 'unknown-role',
      },
      {
        name: 'viewer joins',
        path: `${base}/join`,
        init: json('POST', { name: 'Bertil', role: 'core-staff' }, viewer),
        expected: 'forbidden',
      },
      {
        name: 'export by a participant',
        path: `${base}/export?format=json`,
        init: bearer(participant),
        expected: 'forbidden',
      },
      {
        name: 'unknown export format',
        path: `${base}/export?format=docx`,
        init: bearer(facilitator),
        expected: 'invalid-parameter',
      },
      { name: 'unknown vote', path: `${base}/votes/nope/dots`, init: bearer(person.token), expected: 'unknown-vote' },
      {
        name: 'dots with no person',
        path: `${base}/votes/nope/dots`,
        init: bearer(facilitator),
        expected: 'forbidden',
      },
      {
        name: 'bad change id',
        path: `${base}/votes/nope/dots`,
        init: json('POST', { note: 'abcdefghijkl', change: '!' }, person.token),
        expected: 'invalid-change',
      },
    ];
    const answers = [];
    for (const probe of probes) {
      const response = await fetch(`${url}${probe.path}`, probe.init);
      const body = (await response.json()) as Record<string, unknown>;
      answers.push({
        name: probe.name,
        error: body.error,
        named: isApiError(body.error),
        status: response.status,
        ownStatus: isApiError(body.error) ? API_ERRORS[body.error] : null,
      });
    }
    expect(answers).toEqual(
      probes.map((probe) => ({
        name: probe.name,
        error: probe.expected,
        named: true,
        status: API_ERRORS[probe.expected as keyof typeof API_ERRORS],
        ownStatus: API_ERRORS[probe.expected as keyof typeof API_ERRORS],
      })),
    );
  });

  test('the vocabulary gives each error one status, all of them client or server errors', () => {
    const statuses = Object.values(API_ERRORS);
    expect(statuses.every((status) => status >= 400 && status < 600)).toBe(true);
    expect(Object.keys(API_ERRORS).every((name) => /^[a-z]+(-[a-z]+)*$/.test(name))).toBe(true);
  });
});
