import { useT } from '../../i18n/index.ts';

/** "Remove this item?": an item is a decision, so removing it is asked once more. */
export function ConfirmRemove({ onRemove, onCancel }: { onRemove: () => void; onCancel: () => void }) {
  const t = useT();
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape cancels from either button.
    <div
      className="agreement-actions agreement-actions--confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <span>{t('agreements.removeConfirm')}</span>
      <button type="button" className="button--danger" onClick={onRemove}>
        {t('agreements.removeYes')}
      </button>
      <button type="button" className="agreement-actions__cancel" data-agreement-control="cancel" onClick={onCancel}>
        {t('agreements.removeNo')}
      </button>
    </div>
  );
}
