import { applyGrouping, formGroups, GROUP_SIZES, type Grouping, type GroupSize } from '@avaa/board-model';
import { type RefObject, useId, useMemo, useRef, useState } from 'react';
import { focusAfterRender } from '../app/focusAfterRender.ts';
import { useLanguage, usePlural, useT } from '../i18n/index.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { peopleById } from '../workshop/workshopState.ts';
import { fewerGroupsText } from './fewerGroupsText.ts';
import { GroupCards } from './GroupCards.tsx';
import { ProblemList } from './ProblemList.tsx';
import { SmallGroupsChoice } from './SmallGroupsChoice.tsx';

/**
 * Forming groups automatically: pick a size, see a proposal (with whatever rules it cannot keep,
 * in words), draw again or put it in use. When the people make fewer groups of 3-5 than the size
 * asks for, the facilitator may choose that many anyway, with a group of two (warned). The
 * proposal is this screen's only, until applied. `applied`: where focus goes once it is (the
 * groups in use); a discarded proposal returns focus to the button that drew it.
 */
export function AutoGrouping({ applied: appliedFocus }: { applied: RefObject<HTMLElement | null> }) {
  const t = useT();
  const counted = usePlural();
  const language = useLanguage();
  const id = useId();
  const { doc, state } = useWorkshop();
  const [size, setSize] = useState<GroupSize>(4);
  const [allowSmallGroups, setAllowSmallGroups] = useState(false);
  const [proposal, setProposal] = useState<Grouping | null>(null);
  const [applied, setApplied] = useState(false);
  const proposeButton = useRef<HTMLButtonElement>(null);
  const byId = useMemo(() => peopleById(state), [state]);
  const people = state.people;

  const propose = (chosen: GroupSize, small = allowSmallGroups) => {
    setApplied(false);
    setAllowSmallGroups(small);
    setProposal(people.length === 0 ? null : formGroups(people, { size: chosen, allowSmallGroups: small }));
  };
  const cards = proposal?.groups.map((group, index) => ({ number: index + 1, members: group.members })) ?? [];

  return (
    <div className="auto-grouping">
      <h3 id={`${id}-heading`}>{t('groups.auto.heading')}</h3>
      <fieldset className="auto-grouping__size">
        <legend>{t('groups.auto.size')}</legend>
        {GROUP_SIZES.map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name={`${id}-size`}
              checked={size === option}
              onChange={() => {
                setSize(option);
                if (proposal) propose(option, false);
              }}
            />
            {t('groups.auto.sizeOption', { size: option })}
          </label>
        ))}
      </fieldset>
      {people.length === 0 && <p className="panel__note">{t('groups.auto.nobody')}</p>}
      <div className="menu__actions">
        <button type="button" ref={proposeButton} disabled={people.length === 0} onClick={() => propose(size)}>
          {proposal ? t('groups.auto.again') : t('groups.auto.preview')}
        </button>
      </div>
      {proposal && (
        <section className="proposal" aria-labelledby={`${id}-proposal`}>
          <h4 id={`${id}-proposal`}>{counted('groups.auto.previewHeading', proposal.groups.length)}</h4>
          {proposal.fewerGroups && <p>{fewerGroupsText(proposal.fewerGroups, proposal.groups.length, language)}</p>}
          <SmallGroupsChoice
            grouping={proposal}
            allowed={allowSmallGroups}
            onChoose={(small) => propose(size, small)}
          />
          <GroupCards groups={cards} people={byId} contacts={proposal.contacts} />
          <ProblemList
            problems={proposal.problems}
            personName={(person) => byId.get(person)?.name}
            groupNumber={(index) => index + 1}
          />
          {state.groups.length > 0 && <p className="panel__note">{t('groups.auto.replaces')}</p>}
          <div className="menu__actions">
            <button
              type="button"
              className="button--primary"
              onClick={() => {
                if (!applyGrouping(doc, proposal).ok) return;
                setProposal(null);
                setApplied(true);
                focusAfterRender(appliedFocus);
              }}
            >
              {t('groups.auto.apply')}
            </button>
            <button
              type="button"
              className="button--quiet"
              onClick={() => {
                setProposal(null);
                focusAfterRender(proposeButton);
              }}
            >
              {t('groups.auto.discard')}
            </button>
          </div>
        </section>
      )}
      <p role="status" className="panel__note">
        {applied ? t('groups.auto.applied') : ''}
      </p>
    </div>
  );
}
