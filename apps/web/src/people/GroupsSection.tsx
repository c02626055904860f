import { checkGroups, SINGLE_BOARD_BELOW } from '@avaa/board-model';
import { useId, useMemo, useRef } from 'react';
import { usePlural, useT } from '../i18n/index.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { peopleById } from '../workshop/workshopState.ts';
import { AutoGrouping } from './AutoGrouping/AutoGrouping.tsx';
import { GroupCards } from './GroupCards.tsx';
import { ProblemList } from './ProblemList.tsx';
import { namedContacts } from './regroup.ts';

/**
 * The small groups: the method's advice for fewer than 10 people, forming groups automatically,
 * and the groups in use with their problems checked live as people are moved by hand.
 */
export function GroupsSection() {
  const t = useT();
  const counted = usePlural();
  const id = useId();
  const { state } = useWorkshop();
  const { people, groups } = state;
  const byId = useMemo(() => peopleById(state), [state]);
  const contacts = useMemo(() => namedContacts(people), [people]);
  const problems = useMemo(
    () => (groups.length === 0 ? [] : checkGroups(people, groups, contacts)),
    [people, groups, contacts],
  );
  const unassigned = people.filter((person) => person.group === null);
  // Applying a proposal takes focus to the groups it put in use.
  const current = useRef<HTMLHeadingElement>(null);
  return (
    <section className="panel groups" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('groups.heading')}</h2>
      {people.length > 0 && people.length < SINGLE_BOARD_BELOW && (
        <p className="notice">{counted('groups.singleBoard', people.length)}</p>
      )}
      <AutoGrouping applied={current} />
      <h3 ref={current} tabIndex={-1}>
        {t('groups.current.heading')}
      </h3>
      {groups.length === 0 ? (
        <p className="panel__note">{t('groups.current.none')}</p>
      ) : (
        <>
          <p className="panel__note">{t('groups.current.byHand')}</p>
          <GroupCards groups={groups} people={byId} contacts={contacts} />
          {unassigned.length > 0 && (
            <p>{t('groups.unassigned', { names: unassigned.map((person) => person.name).join(', ') })}</p>
          )}
          <ProblemList
            problems={problems}
            personName={(person) => byId.get(person)?.name}
            groupNumber={(index) => groups[index]?.number ?? index + 1}
          />
        </>
      )}
    </section>
  );
}
