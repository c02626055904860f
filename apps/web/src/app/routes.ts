import { isWorkshopId, MAX_GROUP_NUMBER, type WorkshopId } from '@avaa/protocol';

/** What a workshop page shows: the common table, a group's table, the overview or the people. */
export type WorkshopView =
  | { readonly kind: 'plenary' }
  | { readonly kind: 'group'; readonly group: number }
  | { readonly kind: 'overview' }
  | { readonly kind: 'people' };

export type Route =
  | { readonly page: 'start' }
  | { readonly page: 'workshop'; readonly workshopId: WorkshopId; readonly view: WorkshopView }
  | { readonly page: 'projector'; readonly workshopId: WorkshopId }
  | { readonly page: 'not-found' };

const GROUP_PATTERN = /^[1-9][0-9]?$/;

/**
 * A handful of pages needs no router library: `/`, `/w/<id>` (the common table),
 * `/w/<id>/group/<n>`, `/w/<id>/overview`, `/w/<id>/people` and `/w/<id>/projector`.
 */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'start' };
  const [empty, w, id, ...rest] = pathname.replace(/\/$/, '').split('/');
  if (empty !== '' || w !== 'w' || !isWorkshopId(id)) return { page: 'not-found' };
  const workshop = (view: WorkshopView): Route => ({ page: 'workshop', workshopId: id, view });
  const [first, second, ...more] = rest;
  if (more.length > 0) return { page: 'not-found' };
  if (first === undefined) return workshop({ kind: 'plenary' });
  if (second === undefined) {
    if (first === 'projector') return { page: 'projector', workshopId: id };
    if (first === 'overview') return workshop({ kind: 'overview' });
    if (first === 'people') return workshop({ kind: 'people' });
    return { page: 'not-found' };
  }
  if (first === 'group' && GROUP_PATTERN.test(second) && Number(second) <= MAX_GROUP_NUMBER) {
    return workshop({ kind: 'group', group: Number(second) });
  }
  return { page: 'not-found' };
}

/** The path of a workshop page, the inverse of `parseRoute`. */
export function workshopPath(workshopId: WorkshopId, view: WorkshopView): string {
  switch (view.kind) {
    case 'plenary':
      return `/w/${workshopId}`;
    case 'group':
      return `/w/${workshopId}/group/${view.group}`;
    case 'overview':
      return `/w/${workshopId}/overview`;
    case 'people':
      return `/w/${workshopId}/people`;
  }
}

export function sameView(a: WorkshopView, b: WorkshopView): boolean {
  return a.kind === b.kind && (a.kind !== 'group' || (b.kind === 'group' && a.group === b.group));
}
