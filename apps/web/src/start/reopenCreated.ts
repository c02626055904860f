import { isWorkshopId, type WorkshopId } from '@avaa/protocol';
import { useEffect, useState } from 'react';
import { facilitatorLink, readFacilitatorToken } from '../access/facilitatorToken.ts';
import { type CreatedWorkshop, fetchWorkshop, fetchWorkshopLinks } from '../app/api.ts';

/** `/?created=<id>`: the page after creating a workshop, which a reload shows again. */
export function createdParam(): WorkshopId | null {
  const id = new URLSearchParams(window.location.search).get('created');
  return isWorkshopId(id) ? id : null;
}

export function markCreated(id: WorkshopId | null): void {
  window.history.replaceState(null, '', id ? `/?created=${id}` : '/');
}

export type Reopened =
  | { readonly state: 'loading' | 'failed' }
  | { readonly state: 'ready'; workshop: CreatedWorkshop };

/**
 * The links of a workshop created on this device, asked again from the server with the kept
 * facilitator token (the creation answer itself is never stored).
 */
export function useReopenedWorkshop(id: WorkshopId | null): Reopened | null {
  const [reopened, setReopened] = useState<Reopened | null>(null);
  useEffect(() => {
    const token = id ? readFacilitatorToken(id) : null;
    if (!id || !token) return setReopened(null);
    let current = true;
    setReopened({ state: 'loading' });
    void Promise.all([fetchWorkshop(id, token), fetchWorkshopLinks(id, token)]).then(([info, links]) => {
      if (!current) return;
      if (!info.ok || !links.ok) return setReopened({ state: 'failed' });
      const joinCode = info.info.joinCode ? { joinCode: info.info.joinCode } : {};
      const workshop: CreatedWorkshop = {
        id,
        title: info.info.title,
        language: info.info.language,
        links: { ...links.links, facilitator: facilitatorLink(id, token) },
        ...joinCode,
      };
      setReopened({ state: 'ready', workshop });
    });
    return () => {
      current = false;
    };
  }, [id]);
  return reopened;
}
