import type { PathId } from '@avaa/board-model';
import type { BoardRef } from '@avaa/protocol';
import type { BoardSession } from '@avaa/workshop-client';
import { useEffect } from 'react';
import { PageHeader } from '../app/PageHeader.tsx';
import { workshopPath } from '../app/routes.ts';
import { useMediaQuery } from '../app/useMediaQuery.ts';
import { useBoardSession } from '../client/useSessions.ts';
import { ConnectionBadge } from '../connection/ConnectionBadge.tsx';
import { useConnectionStatus } from '../connection/useConnectionStatus.ts';
import { useT } from '../i18n/index.ts';
import { showOnlyOnArrival } from '../paths/pathUi.ts';
import { boardName } from '../stage/stageNames.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { follow, isPlainClick } from '../workshop/WorkshopNav.tsx';
import { PathLanes } from './PathLanes.tsx';
import { PathList } from './PathList.tsx';
import { PhaseSummaryList } from './PhaseSummaryList.tsx';
import { SharedServices } from './SharedServices.tsx';
import { usePathLanes } from './usePathLanes.ts';
import './pathView.css';

/**
 * `/w/<id>/paths` and `/w/<id>/group/<n>/paths`: a board's service paths as lanes, "instead of
 * the table", live and read-only (paths are drawn and edited on the board). The board is opened
 * read-only beside the workshop, as the agreements page opens the common table.
 */
export function PathViewPage({ board }: { board: BoardRef }) {
  const workshop = useWorkshop();
  const session = useBoardSession(workshop.client, board, false);
  return session && <PathView board={board} session={session} />;
}

function PathView({ board, session }: { board: BoardRef; session: BoardSession }) {
  const t = useT();
  const workshop = useWorkshop();
  const status = useConnectionStatus(session.connection);
  const { lanes, summaries, shared } = usePathLanes(session.doc);
  const phone = useMediaQuery('(max-width: 44rem)');
  const heading = t('pathView.headingOf', { board: boardName(t, board.kind === 'plenary' ? 'plenary' : board.group) });
  const title = workshop.state.meta?.title;
  useEffect(() => {
    document.title = `${heading}${title ? ` – ${title}` : ''} – Avaa`;
  }, [heading, title]);
  const href = workshopPath(workshop.workshopId, board);
  const link = {
    href,
    onClick: (event: Parameters<typeof follow>[0], path?: PathId) => {
      // A plain click shows that path alone on the table; a new tab opens the table as it is.
      if (path && isPlainClick(event)) showOnlyOnArrival(path);
      follow(event, href);
    },
  };

  return (
    <>
      <PageHeader title={heading}>
        <a className="path-view__to-table" href={href} onClick={link.onClick}>
          {t('pathView.toTable')}
        </a>
        <ConnectionBadge status={status} />
      </PageHeader>
      <main className="path-view">
        {lanes.length === 0 ? (
          <section className="path-view__empty" aria-labelledby="path-view-empty">
            <h2 id="path-view-empty">{t('pathView.empty.heading')}</h2>
            <p>{t('pathView.empty.text')}</p>
            <p>{t('pathView.empty.how')}</p>
          </section>
        ) : (
          <>
            <p className="path-view__intro">{t('pathView.intro')}</p>
            {phone ? (
              <>
                <PathList lanes={lanes} link={link} />
                <PhaseSummaryList summaries={summaries} />
              </>
            ) : (
              <PathLanes lanes={lanes} summaries={summaries} link={link} />
            )}
            <SharedServices services={shared} />
          </>
        )}
      </main>
    </>
  );
}
