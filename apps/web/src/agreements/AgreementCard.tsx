import type { AgreementView } from '@avaa/board-model';
import type { ReactNode } from 'react';
import { useT, useWorkshopLanguage } from '../i18n/index.ts';
import { formatDate } from './dates.ts';
import { StatusBadge } from './StatusBadge.tsx';

/**
 * An item as everyone but the facilitator sees it: the text, who, by when and the status.
 * `owner`: the owner's name as it is now (`agreementOwnerName`), where the people are at hand.
 */
export function AgreementCard({
  item,
  owner = item.owner,
  children,
}: {
  item: AgreementView;
  owner?: string;
  children?: ReactNode;
}) {
  const t = useT();
  const language = useWorkshopLanguage();
  return (
    <article className="agreement-card">
      <p className="agreement-card__text">{item.text}</p>
      <ul className="agreement-card__facts">
        <li>
          <StatusBadge status={item.status} />
        </li>
        <li>{owner ? t('agreements.owner', { owner }) : t('agreements.noOwner')}</li>
        {item.due && <li>{t('agreements.due', { date: formatDate(item.due, language) })}</li>}
      </ul>
      {children}
    </article>
  );
}
