import { type RefObject, useId, useRef } from 'react';
import { focusAfterRender } from '../../app/focusAfterRender.ts';
import { useT } from '../../i18n/index.ts';
import { useWorkshop } from '../../workshop/WorkshopContext.ts';
import { TableCopyChoice } from '../TableCopy/TableCopyChoice.tsx';
import { TableCopyStatus, tableCopyKey } from '../TableCopy/TableCopyStatus.tsx';
import { useTableCopy } from '../TableCopy/useTableCopy.ts';
import { GroupSizeChoice } from './GroupSizeChoice.tsx';
import { ProposalView } from './ProposalView.tsx';
import { useProposal } from './useProposal.ts';

/**
 * Forming groups automatically: pick a size, see a proposal (with whatever rules it cannot keep,
 * in words), draw again or put it in use. When the people make fewer groups of 3-5 than the size
 * asks for, the facilitator may choose that many anyway, with a group of two (warned). The
 * proposal is this screen's only, until applied. `applied`: where focus goes once it is (the
 * groups in use); a discarded proposal returns focus to the button that drew it.
 */
export function AutoGrouping({ applied: appliedFocus }: { applied: RefObject<HTMLElement | null> }) {
  const t = useT();
  const id = useId();
  const nobody = useWorkshop().state.people.length === 0;
  const { size, chooseSize, allowSmallGroups, proposal, applied, propose, apply, discard } = useProposal();
  const proposeButton = useRef<HTMLButtonElement>(null);
  const tableCopy = useTableCopy();
  const copyKey = tableCopyKey(tableCopy.status);
  return (
    <div className="auto-grouping">
      <h3 id={`${id}-heading`}>{t('groups.auto.heading')}</h3>
      <GroupSizeChoice size={size} onSize={chooseSize} />
      {nobody && <p className="panel__note">{t('groups.auto.nobody')}</p>}
      <div className="menu__actions">
        <button type="button" ref={proposeButton} disabled={nobody} onClick={() => propose(size)}>
          {proposal ? t('groups.auto.again') : t('groups.auto.preview')}
        </button>
      </div>
      {proposal && (
        <ProposalView
          proposal={proposal}
          allowSmallGroups={allowSmallGroups}
          onSmallGroups={(small) => propose(size, small)}
          copyChoice={<TableCopyChoice chosen={tableCopy.chosen} onChoose={tableCopy.choose} />}
          onApply={() => {
            const count = proposal.groups.length;
            if (!apply()) return;
            tableCopy.applied(count);
            focusAfterRender(appliedFocus);
          }}
          onDiscard={() => {
            discard();
            focusAfterRender(proposeButton);
          }}
        />
      )}
      <p role="status" className="panel__note">
        {applied ? t(copyKey ?? 'groups.auto.applied') : ''}
      </p>
      <TableCopyStatus status={tableCopy.status} onRetry={tableCopy.retry} />
    </div>
  );
}
