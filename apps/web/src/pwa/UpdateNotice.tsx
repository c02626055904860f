import { useSyncExternalStore } from 'react';
import { usePathname } from '../app/navigation.ts';
import { parseRoute } from '../app/routes.ts';
import { useT } from '../i18n/index.ts';
import type { UpdateOffer } from './serviceWorker.ts';
import './pwa.css';

/**
 * "A new version is available — Reload": a polite status, never a dialog and never focus
 * taken, so whoever is writing a note goes on; the person reloads when it suits them. The
 * region is always in the page, so screen readers hear the text when it appears. Never on the
 * projector: the room's shared screen shows the workshop only, and takes the new version at its
 * next load.
 */
export function UpdateNotice({ offer }: { offer: UpdateOffer }) {
  const t = useT();
  const waiting = useSyncExternalStore(offer.subscribe, offer.getSnapshot);
  const projector = parseRoute(usePathname()).page === 'projector';
  return (
    <div role="status" aria-live="polite">
      {waiting && !projector && (
        <div className="update-notice">
          <span className="update-notice__text">{t('pwa.update.text')}</span>
          <span className="update-notice__actions">
            <button type="button" className="update-notice__reload" onClick={offer.reload}>
              {t('pwa.update.reload')}
            </button>
            <button type="button" className="update-notice__later" onClick={offer.dismiss}>
              {t('pwa.update.later')}
            </button>
          </span>
        </div>
      )}
    </div>
  );
}
