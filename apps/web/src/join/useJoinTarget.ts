import type { WorkshopId } from '@avaa/protocol';
import { ApiError } from '@avaa/protocol';
import { useEffect, useState } from 'react';
import { fetchWorkshop } from '../app/api.ts';
import { usePreferences } from '../state/preferences.ts';

/** Why a participant link leads nowhere: its token is refused, or the workshop is gone. */
export type LinkRefusal = 'invalid' | 'notFound';

/**
 * The workshop a participant link opens: its title (null until known) and, once the server
 * refuses the link, why. The workshop's language becomes the page's until one is chosen.
 */
export function useJoinTarget(workshopId: WorkshopId, linkToken: string) {
  const [title, setTitle] = useState<string | null>(null);
  const [refused, setRefused] = useState<LinkRefusal | null>(null);
  const setWorkshopLanguage = usePreferences((state) => state.setWorkshopLanguage);

  useEffect(() => {
    let current = true;
    void fetchWorkshop(workshopId, linkToken).then((result) => {
      if (!current) return;
      // A link the server refuses is explained before anyone types a name.
      if (!result.ok && result.kind === 'refused') {
        if (result.error === ApiError.unauthorized) setRefused('invalid');
        if (result.error === ApiError.workshopNotFound) setRefused('notFound');
      }
      if (!result.ok) return;
      setTitle(result.info.title);
      setWorkshopLanguage(result.info.language);
    });
    return () => {
      current = false;
    };
  }, [workshopId, linkToken, setWorkshopLanguage]);

  return { title, refused };
}
