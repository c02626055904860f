import type { AgreementView } from '@avaa/board-model';
import type { ReactNode } from 'react';
import { useT, useWorkshopLanguage } from '../i18n/index.ts';
import { formatDate } from './dates.ts';
import { StatusBadge } from './StatusBadge.tsx';

/** An item as everyone but the facilitator sees it: the text, who, by when and the status. */
export function AgreementCard({ item, children }: { item: AgreementView; children?: ReactNode }) {
  const t = useT();
  const language = useWorkshopLanguage();
  return (
    <article className="agreement-card">
      <p className="agreement-card__text">{item.text}</p>
      <ul className="agreement-card__facts">
        <li>
          <StatusBadge status={item.status} />
        </li>
        <li>{item.owner ? t('agreements.owner', { owner: item.owner }) : t('agreements.noOwner')}</li>
        {item.due && <li>{t('agreements.due', { date: formatDate(item.due, language) })}</li>}
      </ul>
      {children}
    </article>
  );
}
