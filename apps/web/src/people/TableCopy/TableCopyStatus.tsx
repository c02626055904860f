import { useT } from '../../i18n/index.ts';
import type { TableCopyStatus as Status } from './useTableCopy.ts';

/** How copying the common table to the groups went; a failed copy is offered again. */
export function TableCopyStatus({ status, onRetry }: { status: Status; onRetry: () => void }) {
  const t = useT();
  if (status !== 'failed') return null;
  return (
    <div className="table-copy table-copy--failed">
      <p>{t('groupCopy.failed')}</p>
      <button type="button" onClick={onRetry}>
        {t('groupCopy.retry')}
      </button>
    </div>
  );
}

/** The status line's words for the copy, or undefined when there is no copy to tell of. */
export function tableCopyKey(status: Status) {
  if (status === 'copying') return 'groupCopy.copying' as const;
  if (status === 'copied') return 'groupCopy.copied' as const;
  return undefined;
}
