import type { WorkshopId } from '@avaa/protocol';
import { useEffect, useState } from 'react';
import type { Membership } from '../access/personalToken.ts';
import { MessagePage } from '../app/MessagePage.tsx';
import { PageHeader } from '../app/PageHeader.tsx';
import { useT } from '../i18n/index.ts';
import { usePreferences } from '../state/preferences.ts';
import { JoinForm } from './JoinForm/JoinForm.tsx';
import { JOINING_CLOSED_HEADING, JoiningClosed } from './JoiningClosed.tsx';
import { LanguageOffer } from './LanguageOffer.tsx';
import { useJoinTarget } from './useJoinTarget.ts';
import './join.css';

type Props = { workshopId: WorkshopId; linkToken: string; onJoined: (membership: Membership) => void };

/**
 * A participant link opened on a device that has not joined yet: name and role first, so the
 * facilitator can form groups, then on to the workshop. "Joining closed" is explained, with a
 * way to try again once the facilitator opens it.
 */
export function JoinPage({ workshopId, linkToken, onJoined }: Props) {
  const t = useT();
  const { title, refused } = useJoinTarget(workshopId, linkToken);
  const [closed, setClosed] = useState(false);
  const identity = usePreferences((state) => state.identity);

  useEffect(() => {
    document.title = title ? `${t('join.heading')}: ${title} – Avaa` : t('join.heading');
  }, [t, title]);

  if (refused === 'invalid') return <MessagePage heading="access.invalid.heading" text="access.invalid.text" />;
  if (refused === 'notFound') return <MessagePage heading="connection.closedHeading" text="close.workshopNotFound" />;

  const onClosed = () => {
    setClosed(true);
    requestAnimationFrame(() => document.getElementById(JOINING_CLOSED_HEADING)?.focus());
  };
  return (
    <>
      <PageHeader title={title ?? t('app.name')} />
      <main className="join">
        {closed ? (
          <JoiningClosed onRetry={() => setClosed(false)} />
        ) : (
          <>
            <LanguageOffer />
            <p className="join__intro">{t('join.intro')}</p>
            <JoinForm
              workshopId={workshopId}
              linkToken={linkToken}
              initialName={identity.name ?? ''}
              onJoined={onJoined}
              onClosed={onClosed}
            />
          </>
        )}
      </main>
    </>
  );
}
