import type { GroupingProblem, Language, PersonId } from '@avaa/board-model';
import type { Translate } from '../i18n/dictionaries.ts';
import { plural } from '../i18n/plural.ts';

export type ProblemNaming = {
  readonly t: Translate;
  readonly language: Language;
  /** A person's display name (unknown ids get a neutral word). */
  readonly personName: (id: PersonId) => string | undefined;
  /** Problems number groups by their index in the grouping; this gives the number people see. */
  readonly groupNumber: (index: number) => number;
};

/**
 * Every problem of a grouping in words, in the UI language. "Too few core staff" and the
 * groups left without one are said together ("Only 2 core staff for 4 groups: groups 3 and 4
 * have nobody who knows the whole Ohjaamo"), since the second follows from the first.
 */
export function describeProblems(problems: readonly GroupingProblem[], naming: ProblemNaming): string[] {
  const { t } = naming;
  const person = (id: PersonId) => naming.personName(id) ?? t('grouping.someone');
  const group = (index: number) => naming.groupNumber(index);
  const list = (items: readonly (string | number)[]) =>
    new Intl.ListFormat(naming.language, { style: 'long', type: 'conjunction' }).format(items.map(String));
  const summary = problems.find((problem) => problem.reason === 'too-few-core-staff');
  const withoutCore = problems.flatMap((problem) => (problem.reason === 'no-core-staff' ? [group(problem.group)] : []));

  const describe = (problem: GroupingProblem): string[] => {
    switch (problem.reason) {
      case 'person-not-in-group':
        return [t('grouping.problem.person-not-in-group', { person: person(problem.person) })];
      case 'person-in-several-groups':
        return [
          t('grouping.problem.person-in-several-groups', {
            person: person(problem.person),
            groups: list(problem.groups.map(group)),
          }),
        ];
      case 'unknown-person':
        return [t('grouping.problem.unknown-person', { group: group(problem.group) })];
      case 'group-too-small':
        return [
          t('grouping.problem.group-too-small', { group: group(problem.group), size: problem.size, min: problem.min }),
        ];
      case 'group-too-large':
        return [
          t('grouping.problem.group-too-large', { group: group(problem.group), size: problem.size, max: problem.max }),
        ];
      case 'too-few-core-staff': {
        const detail =
          withoutCore.length > 0
            ? plural(naming.language, 'grouping.noCore', withoutCore.length, { list: list(withoutCore) })
            : '';
        return [
          t('grouping.problem.too-few-core-staff', {
            coreStaff: problem.coreStaff,
            groups: problem.groups,
            detail,
          }).trim(),
        ];
      }
      case 'no-core-staff':
        // Said within the summary when there is one.
        return summary ? [] : [t('grouping.problem.no-core-staff', { group: group(problem.group) })];
      case 'client-representatives-uneven':
        return [
          t('grouping.problem.client-representatives-uneven', {
            group: group(problem.group),
            count: problem.clientRepresentatives,
            fewest: problem.fewest,
          }),
        ];
      case 'no-contact-person':
        return [
          t('grouping.problem.no-contact-person', { person: person(problem.person), group: group(problem.group) }),
        ];
      case 'contact-not-staff':
        return [
          t('grouping.problem.contact-not-staff', { person: person(problem.person), contact: person(problem.contact) }),
        ];
      case 'contact-not-in-group':
        return [
          t('grouping.problem.contact-not-in-group', {
            person: person(problem.person),
            contact: person(problem.contact),
            group: group(problem.group),
          }),
        ];
    }
    return [];
  };
  return problems.flatMap(describe);
}
