import { isWorkshopId, type WorkshopId } from '@avaa/protocol';

export type Route =
  | { readonly page: 'start' }
  | { readonly page: 'board'; readonly workshopId: WorkshopId }
  | { readonly page: 'projector'; readonly workshopId: WorkshopId }
  | { readonly page: 'not-found' };

/** Three pages need no router: `/`, `/w/<id>` and `/w/<id>/projector`. */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'start' };
  const match = /^\/w\/([^/]+)(\/projector)?\/?$/.exec(pathname);
  const id = match?.[1];
  if (!isWorkshopId(id)) return { page: 'not-found' };
  return match?.[2] ? { page: 'projector', workshopId: id } : { page: 'board', workshopId: id };
}
