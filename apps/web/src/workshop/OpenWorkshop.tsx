import type { WorkshopId } from '@avaa/protocol';
import type { RoomSession, WorkshopClient } from '@avaa/workshop-client';
import { lazy, Suspense } from 'react';
import { forgetMembership } from '../access/personalToken.ts';
import type { WorkshopAccess } from '../access/workshopAccess.ts';
import { HeaderNavContext } from '../app/HeaderNav.ts';
import { MessagePage } from '../app/MessagePage.tsx';
import type { WorkshopView } from '../app/routes.ts';
import { BoardView } from '../board/BoardView.tsx';
import { ClientContext } from '../client/ClientContext.ts';
import { useWorkshopRoom } from '../client/useSessions.ts';
import { useWorkshopClient } from '../client/useWorkshopClient.ts';
import { useConnectionStatus } from '../connection/useConnectionStatus.ts';
import { PresentationBar } from '../presentation/PresentationBar.tsx';
import { ReadyCheckControl } from '../readyCheck/ReadyCheckControl.tsx';
import { ReadyCheckDock } from '../readyCheck/ReadyCheckDock.tsx';
import { SearchButton } from '../search/SearchButton.tsx';
import { SearchTargetWatcher } from '../search/SearchTargetWatcher.tsx';
import { StageBar } from '../stage/StageBar.tsx';
import { TimerBar } from '../timer/TimerBar.tsx';
import { RemovedPage } from './RemovedPage.tsx';
import { useFollow } from './useFollow.ts';
import { speakWorkshopLanguage, useWorkshopOnDevice, useWorkshopValue } from './useWorkshopValue.ts';
import { isFacilitator, useWorkshop, WorkshopContext } from './WorkshopContext.ts';
import { WorkshopNav } from './WorkshopNav.tsx';
import { useIsRemoved } from './workshopState.ts';

const OverviewPage = lazy(() => import('../overview/OverviewPage.tsx').then((m) => ({ default: m.OverviewPage })));
const PeoplePage = lazy(() => import('../people/PeoplePage.tsx').then((m) => ({ default: m.PeoplePage })));
const AgreementsPage = lazy(() =>
  import('../agreements/AgreementsPage.tsx').then((m) => ({ default: m.AgreementsPage })),
);
const PathViewPage = lazy(() => import('../pathView/PathViewPage.tsx').then((m) => ({ default: m.PathViewPage })));
const RoundsPage = lazy(() => import('../rounds/RoundsPage.tsx').then((m) => ({ default: m.RoundsPage })));

type Ready = Extract<WorkshopAccess, { kind: 'ready' }>;
/** `onLeft`: the device's access changed (left, removed, or joined as a person); decide again. */
type Props = { workshopId: WorkshopId; view: WorkshopView; access: Ready; onLeft: () => void };

/** A workshop whose access is settled: its document is connected for as long as any of its pages is open. */
export function OpenWorkshop(props: Props) {
  const client = useWorkshopClient(props.workshopId, props.access.token);
  return client && <WorkshopRoom {...props} client={client} />;
}

function WorkshopRoom(props: Props & { client: WorkshopClient }) {
  const session = useWorkshopRoom(props.client, speakWorkshopLanguage);
  return (
    session && (
      <ClientContext.Provider value={props.client}>
        <WorkshopSession {...props} session={session} />
      </ClientContext.Provider>
    )
  );
}

function WorkshopSession(props: Props & { client: WorkshopClient; session: RoomSession }) {
  const { workshopId, view, access, onLeft, session } = props;
  const status = useConnectionStatus(session.connection);
  const removed = useIsRemoved(session.doc, access.personId);
  const value = useWorkshopValue(props);
  useWorkshopOnDevice(value);
  useFollow(value);

  // The server refuses a removed person's token with 4403 (a facilitator's link stays valid).
  const refused = status.state === 'closed' && status.reason === 'forbidden';
  if ((refused || removed) && access.role !== 'facilitator') {
    return (
      <RemovedPage
        onRejoin={() => {
          forgetMembership(workshopId);
          onLeft();
        }}
      />
    );
  }

  return (
    <WorkshopContext.Provider value={value}>
      <HeaderNavContext.Provider
        value={
          <>
            <WorkshopNav view={view} />
            <StageBar view={view} />
            <TimerBar />
            {access.role === 'facilitator' && <ReadyCheckControl />}
            <SearchButton />
            <PresentationBar view={view} />
          </>
        }
      >
        <ReadyCheckDock />
        <SearchTargetWatcher />
        <Suspense fallback={null}>
          <Page view={view} />
        </Suspense>
      </HeaderNavContext.Provider>
    </WorkshopContext.Provider>
  );
}

function Page({ view }: { view: WorkshopView }) {
  const workshop = useWorkshop();
  switch (view.kind) {
    case 'plenary':
      return <BoardView board={PLENARY} />;
    case 'group':
      return <BoardView key={view.group} board={view} />;
    case 'overview':
      return <OverviewPage />;
    case 'people':
      return isFacilitator(workshop) ? (
        <PeoplePage />
      ) : (
        <MessagePage heading="people.facilitatorOnly.heading" text="people.facilitatorOnly.text" />
      );
    case 'agreements':
      return <AgreementsPage />;
    case 'rounds':
      return <RoundsPage />;
    case 'paths':
      return <PathViewPage key={view.board.kind === 'plenary' ? 0 : view.board.group} board={view.board} />;
  }
}

const PLENARY = { kind: 'plenary' } as const;
