import { type FewerGroups, type Language, MAX_GROUP_SIZE, MIN_GROUP_SIZE } from '@avaa/board-model';
import { translate } from '../i18n/dictionaries.ts';
import { plural } from '../i18n/plural.ts';

/** Why a group proposal has fewer groups than the size asked for, in the UI language. */
export function fewerGroupsText(fewer: FewerGroups, groups: number, language: Language): string {
  const range = { min: MIN_GROUP_SIZE, max: MAX_GROUP_SIZE };
  if (fewer.reason === 'too-few-core-staff') {
    return translate(language, 'groups.auto.fewer.too-few-core-staff', {
      groups,
      asked: fewer.asked,
      coreStaff: fewer.coreStaff,
    });
  }
  const params = { asked: fewer.asked, people: fewer.people, most: fewer.most, ...range };
  return plural(language, 'groups.auto.fewer.too-few-people', fewer.most, params);
}
