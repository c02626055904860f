import type { WorkshopId } from '@avaa/protocol';
import { describe, expect, it } from 'vitest';
import { parseRoute, type WorkshopView, workshopPath } from './routes.ts';

const id = 'k3m9x2p7qa' as WorkshopId;

describe('routes', () => {
  it.each<WorkshopView>([
    { kind: 'plenary' },
    { kind: 'group', group: 1 },
    { kind: 'group', group: 30 },
    { kind: 'overview' },
    { kind: 'people' },
    { kind: 'agreements' },
    { kind: 'rounds' },
  ])('round-trips %j', (view) => {
    expect(parseRoute(workshopPath(id, view))).toEqual({ page: 'workshop', workshopId: id, view });
    expect(parseRoute(`${workshopPath(id, view)}/`)).toEqual({ page: 'workshop', workshopId: id, view });
  });

  it('knows the start page, the projector and the feedback page', () => {
    expect(parseRoute('/')).toEqual({ page: 'start' });
    expect(parseRoute('/accessibility')).toEqual({ page: 'statement' });
    expect(parseRoute('/accessibility/')).toEqual({ page: 'statement' });
    expect(parseRoute(`/w/${id}/projector`)).toEqual({ page: 'projector', workshopId: id });
    expect(parseRoute(`/w/${id}/feedback`)).toEqual({ page: 'feedback', workshopId: id });
  });

  it.each([
    '/w/short',
    `/w/${id}/group`,
    `/w/${id}/group/0`,
    `/w/${id}/group/01`,
    `/w/${id}/group/31`,
    `/w/${id}/group/2/x`,
    `/w/${id}/nothing`,
    `/x/${id}`,
  ])('refuses %s', (path) => {
    expect(parseRoute(path)).toEqual({ page: 'not-found' });
  });
});
