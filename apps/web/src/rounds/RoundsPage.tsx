import { isVisibleNote, type Round, readAllNotes } from '@avaa/board-model';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { useAgreements, useRounds } from '../agreements/registerData.ts';
import '../agreements/agreements.css';
import type { RoomSession } from '@avaa/workshop-client';
import { PageHeader } from '../app/PageHeader.tsx';
import { useBoardSession } from '../client/useSessions.ts';
import { ConnectionBadge } from '../connection/ConnectionBadge.tsx';
import { useConnectionStatus } from '../connection/useConnectionStatus.ts';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { useT } from '../i18n/index.ts';
import { isFacilitator, useWorkshop } from '../workshop/WorkshopContext.ts';
import { CloseRoundForm } from './CloseRoundForm/CloseRoundForm.tsx';
import { FeedbackLinkCard } from './FeedbackLinkCard.tsx';
import { RoundComparison } from './RoundComparison.tsx';
import { RoundList } from './RoundList.tsx';
import './rounds.css';

const PLENARY = { kind: 'plenary' } as const;

/**
 * `/w/<id>/rounds`: closed rounds, closing a new one (the facilitator), and the comparison of
 * today's common table and agreements with a chosen round (everyone).
 */
export function RoundsPage() {
  const workshop = useWorkshop();
  const table = useBoardSession(workshop.client, PLENARY, false);
  return table && <Rounds table={table} />;
}

function countVisible(doc: Y.Doc): number {
  return readAllNotes(doc).filter(isVisibleNote).length;
}

function Rounds({ table }: { table: RoomSession }) {
  const t = useT();
  const workshop = useWorkshop();
  const status = useConnectionStatus(workshop.connection);
  const tableStatus = useConnectionStatus(table.connection);
  const rounds = useRounds(workshop.doc);
  const items = useAgreements(workshop.doc);
  const notes = useDocSnapshot(table.doc, countVisible);
  const [chosen, setChosen] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const round: Round | undefined = rounds.find((r) => r.id === chosen) ?? rounds.at(-1);
  const title = workshop.state.meta?.title;
  useEffect(() => {
    document.title = `${t('rounds.heading')}${title ? ` – ${title}` : ''} – Avaa`;
  }, [t, title]);

  return (
    <>
      <PageHeader title={t('rounds.heading')}>
        <ConnectionBadge status={status} />
      </PageHeader>
      <main className="rounds">
        <p className="rounds__intro">{t('rounds.intro')}</p>
        <p className="rounds__message" role="status">
          {message}
        </p>
        {isFacilitator(workshop) && (
          <div className="rounds__tools">
            <CloseRoundForm
              workshopDoc={workshop.doc}
              tableDoc={table.doc}
              tableReady={tableStatus.state === 'live'}
              notes={notes}
              agreements={items.length}
              onClosed={(id, name) => {
                setChosen(id);
                setMessage(`${t('rounds.close.done', { name })} ${t('rounds.close.later')}`);
              }}
            />
            <FeedbackLinkCard />
          </div>
        )}
        <RoundList rounds={rounds} chosen={round?.id ?? null} onChoose={setChosen} />
        {/* Before the table has loaded, every note of the round would look removed. */}
        {round && (tableStatus.state === 'live' || notes > 0) && (
          <RoundComparison round={round} tableDoc={table.doc} items={items} />
        )}
      </main>
    </>
  );
}
