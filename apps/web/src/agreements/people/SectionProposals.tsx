import { type AgreementSection, type AgreementView, acceptProposal } from '@avaa/board-model';
import type { ReactNode } from 'react';
import type * as Y from 'yjs';
import { noteLabel } from '../../board/names.ts';
import { useLanguage, useT } from '../../i18n/index.ts';
import { isFacilitator, useWorkshop } from '../../workshop/WorkshopContext.ts';
import { personIn } from '../../workshop/workshopState.ts';
import { AgreementCard } from '../AgreementCard.tsx';
import { EditableAgreement } from '../EditableAgreement.tsx';

/**
 * The proposals waiting in a section, under its items: the facilitator edits each in place and
 * accepts it into the register (or removes it); everyone else reads them, marked as proposals.
 */
export function SectionProposals({
  doc,
  section,
  proposals,
  announce,
}: {
  doc: Y.Doc;
  section: AgreementSection;
  proposals: readonly AgreementView[];
  announce: (message: string) => void;
}) {
  const t = useT();
  const workshop = useWorkshop();
  if (proposals.length === 0) return null;
  const headingId = `proposals-${section.id}`;
  return (
    <div className="agreement-proposals">
      <h3 id={headingId}>{t('proposal.heading', { count: proposals.length })}</h3>
      <ol className="agreement-section__items" aria-labelledby={headingId}>
        {proposals.map((item, index) => (
          <li key={item.id} data-agreement-id={item.id} data-proposal="true">
            {isFacilitator(workshop) ? (
              <EditableAgreement doc={doc} item={item} index={index} count={proposals.length} announce={announce}>
                <ProposalMarker item={item}>
                  <AcceptButton doc={doc} item={item} section={section} announce={announce} />
                </ProposalMarker>
              </EditableAgreement>
            ) : (
              <AgreementCard item={item}>
                <ProposalMarker item={item} />
              </AgreementCard>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

function ProposalMarker({ item, children }: { item: AgreementView; children?: ReactNode }) {
  const t = useT();
  const { state, personId } = useWorkshop();
  const mine = personId !== null && item.proposedBy === personId;
  const name = personIn(state, item.proposedBy ?? null)?.name ?? t('proposal.unknownPerson');
  return (
    <p className="agreement-proposal__marker">
      <span className="agreement-proposal__badge">{t('proposal.badge')}</span>{' '}
      {mine ? t('proposal.byYou') : t('proposal.by', { name })}
      {children}
    </p>
  );
}

function AcceptButton({
  doc,
  item,
  section,
  announce,
}: {
  doc: Y.Doc;
  item: AgreementView;
  section: AgreementSection;
  announce: (message: string) => void;
}) {
  const t = useT();
  const language = useLanguage();
  return (
    <button
      type="button"
      className="agreement-proposal__accept"
      aria-label={t('proposal.acceptNamed', { text: noteLabel(item.text) })}
      onClick={() => {
        const result = acceptProposal(doc, item.id);
        announce(result.ok ? t('proposal.accepted', { section: section.title[language] }) : t(`error.${result.error}`));
      }}
    >
      {t('proposal.accept')}
    </button>
  );
}
