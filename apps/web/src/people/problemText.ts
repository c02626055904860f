import type { GroupingProblem, GroupingProblemReason, Language, PersonId } from '@avaa/board-model';
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

/** What every problem's sentence is made of, read once per grouping. */
type Words = {
  readonly t: Translate;
  readonly language: Language;
  readonly person: (id: PersonId) => string;
  readonly group: (index: number) => number;
  readonly list: (items: readonly (string | number)[]) => string;
  /** The groups without core staff, said within the summary when there is one. */
  readonly withoutCore: readonly number[];
  readonly hasSummary: boolean;
};

type Describe<R extends GroupingProblemReason> = (
  problem: Extract<GroupingProblem, { reason: R }>,
  words: Words,
) => string | null;

// A record, so the compiler checks that every reason has its words.
const DESCRIBE: { readonly [R in GroupingProblemReason]: Describe<R> } = {
  'person-not-in-group': (p, { t, person }) => t('grouping.problem.person-not-in-group', { person: person(p.person) }),
  'person-in-several-groups': (p, { t, person, group, list }) =>
    t('grouping.problem.person-in-several-groups', { person: person(p.person), groups: list(p.groups.map(group)) }),
  'unknown-person': (p, { t, group }) => t('grouping.problem.unknown-person', { group: group(p.group) }),
  'group-too-small': (p, { t, group }) =>
    t('grouping.problem.group-too-small', { group: group(p.group), size: p.size, min: p.min }),
  'group-too-large': (p, { t, group }) =>
    t('grouping.problem.group-too-large', { group: group(p.group), size: p.size, max: p.max }),
  'too-few-core-staff': (p, words) => {
    const { withoutCore } = words;
    const detail =
      withoutCore.length > 0
        ? plural(words.language, 'grouping.noCore', withoutCore.length, { list: words.list(withoutCore) })
        : '';
    return words.t('grouping.problem.too-few-core-staff', { coreStaff: p.coreStaff, groups: p.groups, detail }).trim();
  },
  // Said within the summary when there is one.
  'no-core-staff': (p, { t, group, hasSummary }) =>
    hasSummary ? null : t('grouping.problem.no-core-staff', { group: group(p.group) }),
  'client-representatives-uneven': (p, { t, group }) =>
    t('grouping.problem.client-representatives-uneven', {
      group: group(p.group),
      count: p.clientRepresentatives,
      fewest: p.fewest,
    }),
  'no-contact-person': (p, { t, person, group }) =>
    t('grouping.problem.no-contact-person', { person: person(p.person), group: group(p.group) }),
  'contact-not-staff': (p, { t, person }) =>
    t('grouping.problem.contact-not-staff', { person: person(p.person), contact: person(p.contact) }),
  'contact-not-in-group': (p, { t, person, group }) =>
    t('grouping.problem.contact-not-in-group', {
      person: person(p.person),
      contact: person(p.contact),
      group: group(p.group),
    }),
};

function wordsFor(problems: readonly GroupingProblem[], naming: ProblemNaming): Words {
  const { t, language } = naming;
  const group = (index: number) => naming.groupNumber(index);
  return {
    t,
    language,
    person: (id) => naming.personName(id) ?? t('grouping.someone'),
    group,
    list: (items) => new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items.map(String)),
    withoutCore: problems.flatMap((problem) => (problem.reason === 'no-core-staff' ? [group(problem.group)] : [])),
    hasSummary: problems.some((problem) => problem.reason === 'too-few-core-staff'),
  };
}

function describe<R extends GroupingProblemReason>(problem: Extract<GroupingProblem, { reason: R }>, words: Words) {
  return (DESCRIBE[problem.reason] as Describe<R>)(problem, words);
}

/**
 * Every problem of a grouping in words, in the UI language. "Too few core staff" and the
 * groups left without one are said together ("Only 2 core staff for 4 groups: groups 3 and 4
 * have nobody who knows the whole Ohjaamo"), since the second follows from the first.
 */
export function describeProblems(problems: readonly GroupingProblem[], naming: ProblemNaming): string[] {
  const words = wordsFor(problems, naming);
  return problems.flatMap((problem) => describe(problem, words) ?? []);
}
