import type { ConnectionStatus } from '@avaa/workshop-client';
import { type Translate, useT } from '../i18n/index.ts';
import './connection.css';

/**
 * The connection state in words (colour and shape only repeat it), always on screen: people
 * must know whether others see their notes. A live region announces changes politely.
 */
export function ConnectionBadge({ status }: { status: ConnectionStatus }) {
  const t = useT();
  const detail = statusDetail(status, t);
  return (
    <div className={`connection connection--${status.state}`} role="status" title={detail}>
      <span className="connection__icon" aria-hidden="true" />
      <span className="connection__text">{t(`connection.${status.state}`)}</span>
      {detail && <span className="visually-hidden">{detail}</span>}
    </div>
  );
}

export function statusDetail(status: ConnectionStatus, t: Translate): string | undefined {
  if (status.state === 'closed') return t(`close.${status.reason}`);
  if (status.state === 'offline') {
    const help = t('connection.offlineHelp');
    return status.reason ? `${t(`close.${status.reason}`)} ${help}` : help;
  }
  return undefined;
}
