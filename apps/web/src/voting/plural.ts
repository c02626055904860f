import type { MessageKey, Translate } from '../i18n/index.ts';

/** "1 piste" / "3 pistettä": the dictionaries hold a singular and a plural form of counted words. */
export function counted(
  t: Translate,
  key: 'vote.dots' | 'vote.unsaved' | 'gaps.count' | 'projector.participants',
  count: number,
): string {
  return t(`${key}.${count === 1 ? 'one' : 'other'}` satisfies MessageKey, { count });
}
