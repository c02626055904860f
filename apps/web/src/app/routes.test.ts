import type { WorkshopId } from '@avaa/protocol';
import { describe, expect, it } from 'vitest';
import { parseRoute, sameView, type WorkshopView, workshopPath } from './routes.ts';

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
    { kind: 'paths', board: { kind: 'plenary' } },
    { kind: 'paths', board: { kind: 'group', group: 3 } },
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

  it('names the path views by their board', () => {
    expect(workshopPath(id, { kind: 'paths', board: { kind: 'plenary' } })).toBe(`/w/${id}/paths`);
    expect(workshopPath(id, { kind: 'paths', board: { kind: 'group', group: 2 } })).toBe(`/w/${id}/group/2/paths`);
    expect(sameView({ kind: 'paths', board: { kind: 'group', group: 2 } }, { kind: 'group', group: 2 })).toBe(false);
    expect(
      sameView(
        { kind: 'paths', board: { kind: 'group', group: 2 } },
        { kind: 'paths', board: { kind: 'group', group: 2 } },
      ),
    ).toBe(true);
  });

  it.each([
    '/w/short',
    `/w/${id}/group`,
    `/w/${id}/group/0`,
    `/w/${id}/group/01`,
    `/w/${id}/group/31`,
    `/w/${id}/group/2/x`,
    `/w/${id}/nothing`,
    `/w/${id}/paths/2`,
    `/w/${id}/group/2/paths/x`,
    `/w/${id}/group/2/overview`,
    `/w/${id}/group/31/paths`,
    `/x/${id}`,
  ])('refuses %s', (path) => {
    expect(parseRoute(path)).toEqual({ page: 'not-found' });
  });
});
