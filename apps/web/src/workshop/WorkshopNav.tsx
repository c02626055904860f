import { type MouseEvent, type ReactNode, useLayoutEffect, useRef } from 'react';
import { navigate } from '../app/navigation.ts';
import { sameView, type WorkshopView, workshopPath } from '../app/routes.ts';
import { GroupBadge } from '../groups/GroupBadge.tsx';
import { useT } from '../i18n/index.ts';
import { revealInRow, useScrollEdges } from './useScrollEdges.ts';
import { isFacilitator, useWorkshop } from './WorkshopContext.ts';
import './workshop.css';

/**
 * The workshop's pages: the common table, my group's board (once I am in a group), the live
 * overview of every group (a board's path view is reached from its path panel and stays under the
 * board's tab), the agreements and the rounds and, for the facilitator, people and
 * groups. Real links (they open in a new tab too); a plain click moves within the page, keeping
 * the connections open. On a phone the tabs are one row that scrolls sideways: a fade and an
 * arrow on a side with more tabs say so (the arrow scrolls, for touch and mouse; the keyboard
 * reaches every tab by Tab anyway), and the current page's tab is scrolled into sight.
 */
export function WorkshopNav({ view: shown }: { view: WorkshopView }) {
  const t = useT();
  const view = tabOf(shown);
  const workshop = useWorkshop();
  const { myGroup } = workshop;
  const list = useRef<HTMLUListElement>(null);
  const edges = useScrollEdges(list);
  const here = workshopPath(workshop.workshopId, view);
  const shownOnce = useRef(false);
  useLayoutEffect(() => {
    const row = list.current;
    const current = row?.querySelector<HTMLElement>(`a[href="${CSS.escape(here)}"]`);
    // A new row starts scrolled to its start, where its first tab is in sight: measuring it then
    // would force the layout of the whole page in the middle of its first render (130 ms at 4x).
    const inSight = !shownOnce.current && current?.parentElement === row?.firstElementChild;
    shownOnce.current = true;
    if (row && current && !inSight) revealInRow(row, current);
  }, [here]);
  if (workshop.role === 'viewer') return null;
  const scroll = (direction: 1 | -1) =>
    list.current?.scrollBy({ left: direction * list.current.clientWidth * 0.7, behavior: 'smooth' });
  return (
    <nav
      className="workshop-nav"
      aria-label={t('nav.label')}
      data-more-before={edges.before || undefined}
      data-more-after={edges.after || undefined}
    >
      {edges.before && <MoreArrow side="before" onClick={() => scroll(-1)} />}
      {edges.after && <MoreArrow side="after" onClick={() => scroll(1)} />}
      {/* A focused tab scrolls clear of the arrows (the browser's own scroll may leave it under one). */}
      <ul
        ref={list}
        onFocus={(event) => {
          if (list.current && event.target instanceof HTMLElement) revealInRow(list.current, event.target);
        }}
      >
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

/** A board's path view is the board seen another way: its tab stays the current one. */
function tabOf(view: WorkshopView): WorkshopView {
  if (view.kind !== 'paths') return view;
  return view.board.kind === 'group' ? { kind: 'group', group: view.board.group } : { kind: 'plenary' };
}

/** The arrow on a side with more tabs: for pointers only, as every tab is a Tab stop itself. */
function MoreArrow({ side, onClick }: { side: 'before' | 'after'; onClick: () => void }) {
  return (
    <button
      type="button"
      className={`workshop-nav__more workshop-nav__more--${side}`}
      tabIndex={-1}
      aria-hidden="true"
      onClick={onClick}
    >
      {side === 'before' ? '‹' : '›'}
    </button>
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

/** A left click (or Enter) with no key that asks for a new tab or window. */
export function isPlainClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * A plain left click (or Enter) navigates in place, the new page's heading taking focus; modified
 * clicks (new tab, new window) are the browser's.
 */
export function follow(event: MouseEvent<HTMLAnchorElement>, path: string): void {
  if (!isPlainClick(event)) return;
  event.preventDefault();
  navigate(path, { byPerson: true });
}
