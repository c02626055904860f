import type { WorkshopId } from '@avaa/protocol';
import { useEffect, useState } from 'react';
import type { Membership } from '../access/personalToken.ts';
import { fetchWorkshop } from '../app/api.ts';
import { MessagePage } from '../app/MessagePage.tsx';
import { PageHeader } from '../app/PageHeader.tsx';
import { useT } from '../i18n/index.ts';
import { usePreferences } from '../state/preferences.ts';
import { JoinForm } from './JoinForm.tsx';
import './join.css';

/**
 * A participant link opened on a device that has not joined yet: name and role first, so the
 * facilitator can form groups, then on to the workshop. "Joining closed" is explained, with a
 * way to try again once the facilitator opens it.
 */
export function JoinPage({
  workshopId,
  linkToken,
  onJoined,
}: {
  workshopId: WorkshopId;
  linkToken: string;
  onJoined: (membership: Membership) => void;
}) {
  const t = useT();
  const [title, setTitle] = useState<string | null>(null);
  const [closed, setClosed] = useState(false);
  const [refused, setRefused] = useState<'invalid' | 'notFound' | null>(null);
  const identity = usePreferences((state) => state.identity);
  const setWorkshopLanguage = usePreferences((state) => state.setWorkshopLanguage);

  useEffect(() => {
    let current = true;
    void fetchWorkshop(workshopId, linkToken).then((result) => {
      if (!current) return;
      // A link the server refuses is explained before anyone types a name.
      if (!result.ok && result.kind === 'refused') {
        if (result.error === 'unauthorized') setRefused('invalid');
        if (result.error === 'workshop-not-found') setRefused('notFound');
      }
      if (!result.ok) return;
      setTitle(result.info.title);
      setWorkshopLanguage(result.info.language);
    });
    return () => {
      current = false;
    };
  }, [workshopId, linkToken, setWorkshopLanguage]);

  useEffect(() => {
    document.title = title ? `${t('join.heading')}: ${title} – Avaa` : t('join.heading');
  }, [t, title]);

  if (refused === 'invalid') return <MessagePage heading="access.invalid.heading" text="access.invalid.text" />;
  if (refused === 'notFound') return <MessagePage heading="connection.closedHeading" text="close.workshopNotFound" />;

  return (
    <>
      <PageHeader title={title ?? t('app.name')} />
      <main className="join">
        {closed ? (
          <section className="join__closed" aria-labelledby="join-closed-heading">
            <h2 id="join-closed-heading" tabIndex={-1}>
              {t('join.closed.heading')}
            </h2>
            <p>{t('join.closed.text')}</p>
            <button type="button" className="button--primary" onClick={() => setClosed(false)}>
              {t('join.closed.retry')}
            </button>
          </section>
        ) : (
          <>
            <p className="join__intro">{t('join.intro')}</p>
            <JoinForm
              workshopId={workshopId}
              linkToken={linkToken}
              initialName={identity.name ?? ''}
              onJoined={onJoined}
              onClosed={() => {
                setClosed(true);
                requestAnimationFrame(() => document.getElementById('join-closed-heading')?.focus());
              }}
            />
          </>
        )}
      </main>
    </>
  );
}
