import type { MouseEvent, ReactNode } from 'react';
import { navigate } from '../app/navigation.ts';
import { sameView, type WorkshopView, workshopPath } from '../app/routes.ts';
import { GroupBadge } from '../groups/GroupBadge.tsx';
import { useT } from '../i18n/index.ts';
import { isFacilitator, useWorkshop } from './WorkshopContext.ts';
import './workshop.css';

/**
 * The workshop's pages: the common table, my group's board (once I am in a group), the live
 * overview of every group, the agreements and the rounds and, for the facilitator, people and
 * groups. Real links (they open in a new tab too); a plain click moves within the page, keeping
 * the connections open.
 */
export function WorkshopNav({ view }: { view: WorkshopView }) {
  const t = useT();
  const workshop = useWorkshop();
  const { myGroup } = workshop;
  if (workshop.role === 'viewer') return null;
  return (
    <nav className="workshop-nav" aria-label={t('nav.label')}>
      <ul>
        <NavLink to={{ kind: 'plenary' }} current={view}>
          {t('nav.plenary')}
        </NavLink>
        {myGroup !== null && (
          <NavLink to={{ kind: 'group', group: myGroup }} current={view}>
            <GroupBadge group={myGroup} size="small" />
            {t('nav.myGroup')}
          </NavLink>
        )}
        <NavLink to={{ kind: 'overview' }} current={view}>
          {t('nav.overview')}
        </NavLink>
        <NavLink to={{ kind: 'agreements' }} current={view}>
          {t('nav.agreements')}
        </NavLink>
        <NavLink to={{ kind: 'rounds' }} current={view}>
          {t('nav.rounds')}
        </NavLink>
        {isFacilitator(workshop) && (
          <NavLink to={{ kind: 'people' }} current={view}>
            {t('nav.people')}
          </NavLink>
        )}
      </ul>
    </nav>
  );
}

function NavLink({ to, current, children }: { to: WorkshopView; current: WorkshopView; children: ReactNode }) {
  const { workshopId } = useWorkshop();
  const path = workshopPath(workshopId, to);
  const here = sameView(to, current);
  return (
    <li>
      <a href={path} aria-current={here ? 'page' : undefined} onClick={(event) => follow(event, path)}>
        {children}
      </a>
    </li>
  );
}

/** A plain left click navigates in place; modified clicks (new tab, new window) are the browser's. */
export function follow(event: MouseEvent<HTMLAnchorElement>, path: string): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(path);
}
