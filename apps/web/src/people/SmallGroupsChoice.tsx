import { type Grouping, MAX_GROUP_SIZE, MIN_GROUP_SIZE, SMALLEST_GROUP } from '@avaa/board-model';
import { useT } from '../i18n/index.ts';

/**
 * The facilitator decides, the tool suggests: when the people make fewer groups of 3-5 than the
 * size asks for, a button makes that many anyway; a proposal with a group under 3 says so
 * plainly and offers the way back to groups of 3-5. A warning, never a refusal.
 */
export function SmallGroupsChoice({
  grouping,
  allowed,
  onChoose,
}: {
  grouping: Grouping;
  allowed: boolean;
  onChoose: (allowSmallGroups: boolean) => void;
}) {
  const t = useT();
  const range = { min: MIN_GROUP_SIZE, max: MAX_GROUP_SIZE };
  const sizes = grouping.groups.map((group) => group.members.length);
  const smallest = Math.min(...sizes);
  const fewer = grouping.fewerGroups;
  if (allowed && smallest < MIN_GROUP_SIZE) {
    return (
      <div className="small-groups small-groups--warning">
        <p>{t('groups.auto.small.warning', { count: sizes.length, smallest, ...range })}</p>
        <button type="button" className="button--quiet" onClick={() => onChoose(false)}>
          {t('groups.auto.small.back', range)}
        </button>
      </div>
    );
  }
  if (fewer?.reason !== 'too-few-people' || fewer.withSmallGroups <= sizes.length) return null;
  return (
    <div className="small-groups">
      <button type="button" onClick={() => onChoose(true)}>
        {t('groups.auto.small.choose', { count: fewer.withSmallGroups, smallest: SMALLEST_GROUP })}
      </button>
    </div>
  );
}
