import type { RemovedCopy } from '@avaa/board-model';
import { noteLabel } from '../board/names.ts';
import { GroupBadge } from '../groups/GroupBadge.tsx';
import { useT } from '../i18n/index.ts';

/** In a merge's details: the common notes whose copy a group removed. The merge never deletes them. */
export function CopiesRemoved({ removed }: { removed: readonly RemovedCopy[] }) {
  const t = useT();
  if (removed.length === 0) return null;
  return (
    <ul className="merge-result__review">
      {removed.map((item) => (
        <li key={`${item.group}:${item.note}`}>
          <GroupBadge group={item.group} size="small" />
          {t('groupCopy.removed', { group: t('group.name', { number: item.group }), text: noteLabel(item.text, 80) })}
        </li>
      ))}
    </ul>
  );
}
