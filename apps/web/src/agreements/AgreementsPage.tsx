import { AGREEMENT_SECTIONS, type AgreementSection, type AgreementView } from '@avaa/board-model';
import { type MouseEvent, type ReactNode, useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { PageHeader } from '../app/PageHeader.tsx';
import { workshopPath } from '../app/routes.ts';
import { useBoardSession } from '../client/useSessions.ts';
import { ConnectionBadge } from '../connection/ConnectionBadge.tsx';
import { useConnectionStatus } from '../connection/useConnectionStatus.ts';
import { useT } from '../i18n/index.ts';
import { isFacilitator, useWorkshop, type WorkshopContextValue } from '../workshop/WorkshopContext.ts';
import { follow } from '../workshop/WorkshopNav.tsx';
import { AddAgreementForm } from './AddAgreementForm.tsx';
import { AgreementCard } from './AgreementCard.tsx';
import { AgreementSectionView } from './AgreementSectionView.tsx';
import { EditableAgreement } from './EditableAgreement.tsx';
import { LinkedNoteList } from './LinkedNoteList.tsx';
import { LinkedPathList, type PathLinking } from './LinkedPathList.tsx';
import { type LinkedPaths, useLinkedPaths } from './linkedPaths.ts';
import { CalendarDownload } from './people/CalendarDownload.tsx';
import { ProposalForm } from './people/ProposalForm.tsx';
import { SectionProposals } from './people/SectionProposals.tsx';
import { inSection, type LinkedNotes, useAgreements, useLinkedNotes, useProposals } from './registerData.ts';
import './agreements.css';

const PLENARY = { kind: 'plenary' } as const;

/**
 * `/w/<id>/agreements`: the agreements register, a section per question of the method. The
 * facilitator edits it in place; everyone else reads it live. The common table is opened
 * read-only beside it for the texts of the notes the items came from.
 */
export function AgreementsPage() {
  const workshop = useWorkshop();
  const table = useBoardSession(workshop.client, PLENARY, false);
  return table && <Register notesDoc={table.doc} />;
}

function Register({ notesDoc }: { notesDoc: Y.Doc }) {
  const t = useT();
  const workshop = useWorkshop();
  const status = useConnectionStatus(workshop.connection);
  const editable = isFacilitator(workshop);
  const items = useAgreements(workshop.doc);
  const proposals = useProposals(workshop.doc);
  const proposer = proposerToken(workshop);
  const notes = useLinkedNotes(notesDoc);
  const paths = useLinkedPaths(notesDoc);
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => setMessage(text), []);
  const linking = editable ? { workshopDoc: workshop.doc, tableDoc: notesDoc, announce } : undefined;
  const title = workshop.state.meta?.title;
  useEffect(() => {
    document.title = `${t('agreements.heading')}${title ? ` – ${title}` : ''} – Avaa`;
  }, [t, title]);

  return (
    <>
      <PageHeader title={t('agreements.heading')}>
        <ConnectionBadge status={status} />
      </PageHeader>
      <main className="agreements">
        <p className="agreements__intro">
          {editable ? t('agreements.intro.facilitator') : t('agreements.intro.reader')}
          {proposer && ` ${t('proposal.intro')}`}
        </p>
        <CalendarDownload doc={workshop.doc} />
        <p className="visually-hidden" role="status">
          {message}
        </p>
        {AGREEMENT_SECTIONS.map((section, i) => {
          const sectionItems = inSection(items, section.id);
          return (
            <AgreementSectionView
              key={section.id}
              section={section}
              number={i + 1}
              items={sectionItems}
              renderItem={(item, index) => (
                <RegisterItem item={item} index={index} count={sectionItems.length} announce={announce}>
                  <Links item={item} notes={notes} paths={paths} linking={linking} />
                </RegisterItem>
              )}
              footer={
                <SectionFooter
                  section={section}
                  proposals={inSection(proposals, section.id)}
                  proposer={proposer}
                  announce={announce}
                />
              }
            />
          );
        })}
      </main>
    </>
  );
}

/** An item: edited in place by the facilitator, read by everyone else. */
function RegisterItem({
  item,
  index,
  count,
  announce,
  children,
}: {
  item: AgreementView;
  index: number;
  count: number;
  announce: (message: string) => void;
  children: ReactNode;
}) {
  const workshop = useWorkshop();
  return isFacilitator(workshop) ? (
    <EditableAgreement doc={workshop.doc} item={item} index={index} count={count} announce={announce}>
      {children}
    </EditableAgreement>
  ) : (
    <AgreementCard item={item}>{children}</AgreementCard>
  );
}

/** A participant who joined as a person proposes items (the server names them from this token). */
function proposerToken(workshop: WorkshopContextValue): string | null {
  return workshop.role === 'participant' ? workshop.personToken : null;
}

/** Under a question's items: the proposals waiting, and the facilitator's or a participant's form. */
function SectionFooter({
  section,
  proposals,
  proposer,
  announce,
}: {
  section: AgreementSection;
  proposals: readonly AgreementView[];
  proposer: string | null;
  announce: (message: string) => void;
}) {
  const workshop = useWorkshop();
  return (
    <>
      <SectionProposals doc={workshop.doc} section={section} proposals={proposals} announce={announce} />
      {isFacilitator(workshop) && <AddAgreementForm doc={workshop.doc} section={section} announce={announce} />}
      {proposer && <ProposalForm section={section} token={proposer} announce={announce} />}
    </>
  );
}

/** The notes an item came from and the service paths it is about. */
function Links({
  item,
  notes,
  paths,
  linking,
}: {
  item: AgreementView;
  notes: LinkedNotes;
  paths: LinkedPaths;
  linking: PathLinking | undefined;
}) {
  const { workshopId } = useWorkshop();
  const href = workshopPath(workshopId, PLENARY);
  return (
    <>
      <LinkedNoteList
        ids={item.notes}
        notes={notes}
        itemText={item.text}
        tableLink={{ href, onClick: (event: MouseEvent<HTMLAnchorElement>) => follow(event, href) }}
      />
      <LinkedPathList item={item} paths={paths} linking={linking} />
    </>
  );
}
