import { AGREEMENT_SECTIONS, type AgreementView } from '@avaa/board-model';
import { type MouseEvent, useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { PageHeader } from '../app/PageHeader.tsx';
import { workshopPath } from '../app/routes.ts';
import { useBoardSession } from '../client/useSessions.ts';
import { ConnectionBadge } from '../connection/ConnectionBadge.tsx';
import { useConnectionStatus } from '../connection/useConnectionStatus.ts';
import { useT } from '../i18n/index.ts';
import { isFacilitator, useWorkshop } from '../workshop/WorkshopContext.ts';
import { follow } from '../workshop/WorkshopNav.tsx';
import { AddAgreementForm } from './AddAgreementForm.tsx';
import { AgreementCard } from './AgreementCard.tsx';
import { AgreementSectionView } from './AgreementSectionView.tsx';
import { EditableAgreement } from './EditableAgreement.tsx';
import { LinkedNoteList } from './LinkedNoteList.tsx';
import { LinkedPathList, type PathLinking } from './LinkedPathList.tsx';
import { type LinkedPaths, useLinkedPaths } from './linkedPaths.ts';
import { inSection, type LinkedNotes, useAgreements, useLinkedNotes } from './registerData.ts';
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
  const items = useAgreements(workshop.doc);
  const notes = useLinkedNotes(notesDoc);
  const paths = useLinkedPaths(notesDoc);
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => setMessage(text), []);
  const editable = isFacilitator(workshop);
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
        </p>
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
              renderItem={(item, index) => {
                const links = <Links item={item} notes={notes} paths={paths} linking={linking} />;
                return editable ? (
                  <EditableAgreement
                    doc={workshop.doc}
                    item={item}
                    index={index}
                    count={sectionItems.length}
                    announce={announce}
                  >
                    {links}
                  </EditableAgreement>
                ) : (
                  <AgreementCard item={item}>{links}</AgreementCard>
                );
              }}
              footer={editable && <AddAgreementForm doc={workshop.doc} section={section} announce={announce} />}
            />
          );
        })}
      </main>
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
