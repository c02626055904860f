import type { AgreementStatus } from '@avaa/board-model';
import { useT } from '../i18n/index.ts';

/** An item's status in words with an icon, so it never rests on colour alone. */
export function StatusBadge({ status }: { status: AgreementStatus }) {
  const t = useT();
  return (
    <span className={`status-badge status-badge--${status}`}>
      <StatusIcon status={status} />
      {t(`status.${status}`)}
    </span>
  );
}

export function StatusIcon({ status }: { status: AgreementStatus }) {
  return (
    <svg className="status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <circle
        cx="8"
        cy="8"
        r="6.5"
        fill={status === 'done' ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="1.5"
      />
      {status === 'in-progress' && <path d="M8 1.5 A6.5 6.5 0 0 1 8 14.5 Z" fill="currentColor" />}
      {status === 'done' && <path d="M4.8 8.2 7 10.4 11.2 5.8" fill="none" stroke="#fff" strokeWidth="1.8" />}
      {status === 'dropped' && <path d="M4 12 12 4" stroke="currentColor" strokeWidth="1.5" />}
    </svg>
  );
}
