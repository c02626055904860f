import { type BoardRef, isWorkshopId, MAX_GROUP_NUMBER, type WorkshopId } from '@avaa/protocol';

/**
 * What a workshop page shows: the common table, a group's table, the overview, the people, the
 * agreements register, the rounds (with their comparison) or a board's service paths as lanes.
 */
export type WorkshopView =
  | { readonly kind: 'plenary' }
  | { readonly kind: 'group'; readonly group: number }
  | { readonly kind: 'overview' }
  | { readonly kind: 'people' }
  | { readonly kind: 'agreements' }
  | { readonly kind: 'rounds' }
  | { readonly kind: 'paths'; readonly board: BoardRef };

/** Views named by one path segment: `/w/<id>/<segment>`. */
const SINGLE_VIEWS = ['overview', 'people', 'agreements', 'rounds'] as const;
type SingleView = (typeof SINGLE_VIEWS)[number];

function isSingleView(segment: string): segment is SingleView {
  return (SINGLE_VIEWS as readonly string[]).includes(segment);
}

export type Route =
  | { readonly page: 'start' }
  | { readonly page: 'statement' }
  | { readonly page: 'workshop'; readonly workshopId: WorkshopId; readonly view: WorkshopView }
  | { readonly page: 'projector'; readonly workshopId: WorkshopId }
  | { readonly page: 'feedback'; readonly workshopId: WorkshopId }
  | { readonly page: 'not-found' };

/** The accessibility statement: one path for every language (`?lang=` picks it). */
export const STATEMENT_PATH = '/accessibility';

const GROUP_PATTERN = /^[1-9][0-9]?$/;

/**
 * A handful of pages needs no router library: `/`, `/accessibility`, `/w/<id>` (the common table),
 * `/w/<id>/group/<n>`, `/w/<id>/{overview,people,agreements,rounds}`, the path views
 * `/w/<id>/paths` and `/w/<id>/group/<n>/paths`, and the two read-only screens
 * `/w/<id>/projector` and `/w/<id>/feedback`.
 */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'start' };
  if (pathname.replace(/\/$/, '') === STATEMENT_PATH) return { page: 'statement' };
  const [empty, w, id, ...rest] = pathname.replace(/\/$/, '').split('/');
  if (empty !== '' || w !== 'w' || !isWorkshopId(id)) return { page: 'not-found' };
  const workshop = (view: WorkshopView): Route => ({ page: 'workshop', workshopId: id, view });
  const [first, second, third, ...more] = rest;
  if (more.length > 0) return { page: 'not-found' };
  if (first === undefined) return workshop({ kind: 'plenary' });
  if (second === undefined) {
    if (first === 'projector') return { page: 'projector', workshopId: id };
    if (first === 'feedback') return { page: 'feedback', workshopId: id };
    if (first === PATHS) return workshop({ kind: 'paths', board: PLENARY });
    return isSingleView(first) ? workshop({ kind: first }) : { page: 'not-found' };
  }
  if (first !== 'group' || !GROUP_PATTERN.test(second) || Number(second) > MAX_GROUP_NUMBER) {
    return { page: 'not-found' };
  }
  const group: BoardRef = { kind: 'group', group: Number(second) };
  if (third === undefined) return workshop(group);
  return third === PATHS ? workshop({ kind: 'paths', board: group }) : { page: 'not-found' };
}

/** The segment of a board's path view, after the board's own path. */
const PATHS = 'paths';
const PLENARY: BoardRef = { kind: 'plenary' };

/** The path of a workshop page, the inverse of `parseRoute`. */
export function workshopPath(workshopId: WorkshopId, view: WorkshopView): string {
  switch (view.kind) {
    case 'plenary':
      return `/w/${workshopId}`;
    case 'group':
      return `/w/${workshopId}/group/${view.group}`;
    case 'paths':
      return `${workshopPath(workshopId, view.board)}/${PATHS}`;
    default:
      return `/w/${workshopId}/${view.kind}`;
  }
}

export function sameView(a: WorkshopView, b: WorkshopView): boolean {
  if (a.kind === 'paths') return b.kind === 'paths' && sameView(a.board, b.board);
  return a.kind === b.kind && (a.kind !== 'group' || (b.kind === 'group' && a.group === b.group));
}
