import { type FewerGroups, MAX_GROUP_SIZE, MIN_GROUP_SIZE } from '@avaa/board-model';
import type { Translate } from '../i18n/dictionaries.ts';

/** Why a group proposal has fewer groups than the size asked for, in the UI language. */
export function fewerGroupsText(fewer: FewerGroups, groups: number, t: Translate): string {
  const range = { min: MIN_GROUP_SIZE, max: MAX_GROUP_SIZE };
  if (fewer.reason === 'too-few-core-staff') {
    return t('groups.auto.fewer.too-few-core-staff', { groups, asked: fewer.asked, coreStaff: fewer.coreStaff });
  }
  const key = fewer.most === 1 ? 'groups.auto.fewer.too-few-people.one' : 'groups.auto.fewer.too-few-people.other';
  return t(key, { asked: fewer.asked, people: fewer.people, most: fewer.most, ...range });
}
