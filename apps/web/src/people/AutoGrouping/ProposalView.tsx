import type { Grouping } from '@avaa/board-model';
import { type ReactNode, useId, useMemo } from 'react';
import { useLanguage, usePlural, useT } from '../../i18n/index.ts';
import { useWorkshop } from '../../workshop/WorkshopContext.ts';
import { peopleById } from '../../workshop/workshopState.ts';
import { fewerGroupsText } from '../fewerGroupsText.ts';
import { GroupCards } from '../GroupCards.tsx';
import { ProblemList } from '../ProblemList.tsx';
import { SmallGroupsChoice } from '../SmallGroupsChoice.tsx';

type Props = {
  proposal: Grouping;
  allowSmallGroups: boolean;
  onSmallGroups: (allow: boolean) => void;
  /** Choices made with applying (groups starting from a copy of the common table). */
  copyChoice?: ReactNode;
  onApply: () => void;
  onDiscard: () => void;
};

/** A proposed grouping: its groups, whatever rules it cannot keep in words, apply or discard. */
export function ProposalView({ proposal, allowSmallGroups, onSmallGroups, copyChoice, onApply, onDiscard }: Props) {
  const t = useT();
  const counted = usePlural();
  const language = useLanguage();
  const id = useId();
  const { state } = useWorkshop();
  const byId = useMemo(() => peopleById(state), [state]);
  const cards = proposal.groups.map((group, index) => ({ number: index + 1, members: group.members }));
  return (
    <section className="proposal" aria-labelledby={`${id}-proposal`}>
      <h4 id={`${id}-proposal`}>{counted('groups.auto.previewHeading', proposal.groups.length)}</h4>
      {proposal.fewerGroups && <p>{fewerGroupsText(proposal.fewerGroups, proposal.groups.length, language)}</p>}
      <SmallGroupsChoice grouping={proposal} allowed={allowSmallGroups} onChoose={onSmallGroups} />
      <GroupCards groups={cards} people={byId} contacts={proposal.contacts} />
      <ProblemList
        problems={proposal.problems}
        personName={(person) => byId.get(person)?.name}
        groupNumber={(index) => index + 1}
      />
      {state.groups.length > 0 && <p className="panel__note">{t('groups.auto.replaces')}</p>}
      {copyChoice}
      <div className="menu__actions">
        <button type="button" className="button--primary" onClick={onApply}>
          {t('groups.auto.apply')}
        </button>
        <button type="button" className="button--quiet" onClick={onDiscard}>
          {t('groups.auto.discard')}
        </button>
      </div>
    </section>
  );
}
