import type { WorkshopId } from '@avaa/protocol';
import type { ConnectionStatus, RoomSession } from '@avaa/workshop-client';
import type { CSSProperties, ReactNode } from 'react';
import type * as Y from 'yjs';
import { LanguageSelect } from '../app/LanguageSelect.tsx';
import { ConnectionBadge } from '../connection/ConnectionBadge.tsx';
import { groupColour } from '../groups/groupColours.ts';
import { usePlural } from '../i18n/index.ts';
import { ProjectorReadyCheck } from '../readyCheck/ProjectorReadyCheck.tsx';
import { ProjectorStage } from '../stage/ProjectorStage.tsx';
import { ProjectorTimer } from '../timer/ProjectorTimer.tsx';
import './projector.css';

export type FrameProps = {
  /** The screen's name: the workshop's title on the table, else what the screen shows. */
  readonly title: ReactNode;
  /** Said under the title (the workshop's title beside a screen's own name). */
  readonly subtitle?: string | undefined;
  /** A group's board frames the screen in the group's colour. */
  readonly group?: number | null;
  readonly status: ConnectionStatus;
  readonly workshopDoc: Y.Doc;
  readonly people: number;
  /** Beside the title (the vote's status on the table). */
  readonly aside?: ReactNode;
  readonly children: ReactNode;
};

/**
 * Every projector screen: a header with the title (it wraps, never cut), the stage, the timer
 * and who is here, and the screen below it, filling the rest without scrolling.
 */
export function ProjectorFrame({ title, subtitle, group, status, workshopDoc, people, aside, children }: FrameProps) {
  const counted = usePlural();
  const grouped = group !== undefined && group !== null;
  const style = grouped ? ({ '--group': groupColour(group) } as CSSProperties) : undefined;
  return (
    <div className={`projector${grouped ? ' projector--group' : ''}`} style={style}>
      <header className="projector__header">
        <div className="projector__titles">
          <h1 className="projector__title">{title}</h1>
          {subtitle && <p className="projector__subtitle">{subtitle}</p>}
        </div>
        {aside}
        <ProjectorStage workshopDoc={workshopDoc} />
        <ProjectorTimer workshopDoc={workshopDoc} />
        <ProjectorReadyCheck workshopDoc={workshopDoc} />
        <span className="projector__people">{counted('projector.participants', people)}</span>
        <ConnectionBadge status={status} />
        <LanguageSelect />
      </header>
      {children}
    </div>
  );
}

/** What every screen gets from the page: the sessions and the header's readings. */
export type ScreenProps = {
  readonly workshopId: WorkshopId;
  readonly token: string;
  readonly workshop: RoomSession;
  /** The common table, connected throughout. */
  readonly table: RoomSession;
  /** The workshop's title. */
  readonly title: string;
  readonly people: number;
  readonly status: ConnectionStatus;
};
