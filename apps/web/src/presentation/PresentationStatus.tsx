import { GroupBadge } from '../groups/GroupBadge.tsx';
import { useT } from '../i18n/index.ts';

/** Who presents now, or that nobody does. */
export function PresentationStatus({ presenting }: { presenting: number | null }) {
  const t = useT();
  return (
    <p className="presentation-bar__status" role="status">
      {presenting === null ? (
        t('presentation.notPresenting')
      ) : (
        <>
          <GroupBadge group={presenting} size="small" />
          <span>{t('presentation.presenting', { number: presenting })}</span>
        </>
      )}
    </p>
  );
}
