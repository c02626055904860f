import { STAGES } from '@avaa/board-model';
import type { WorkshopId } from '@avaa/protocol';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { navigate } from '../app/navigation.ts';
import { parseRoute, sameView, type WorkshopView, workshopPath } from '../app/routes.ts';
import { useConnectionStatus } from '../connection/useConnectionStatus.ts';
import { isTextField } from '../doc/useUndo.ts';
import { type Translate, useT } from '../i18n/index.ts';
import { announce, prepareAnnouncer, removeAnnouncer } from '../stage/announcer.ts';
import { stageKey, viewName } from '../stage/stageNames.ts';
import { useFocus, useStage } from '../stage/useFacilitation.ts';
import { useWorkshopUi } from '../state/workshopUi.ts';
import { type FollowState, followTarget } from './followTarget.ts';
import { isFacilitator, type WorkshopContextValue } from './WorkshopContext.ts';

/**
 * Participants' screens follow the facilitator's stage, focus and presentation round (see
 * `followTarget`) unless they stepped out. The facilitator's screen drives and never follows.
 * Someone writing (focus in a text field) is not moved mid-sentence: the move waits until
 * focus leaves the field, and they are told so.
 */
export function useFollow(workshop: WorkshopContextValue): void {
  const t = useT();
  const current = useFollowState(workshop);
  // Only a synced document tells what changed: the first reading (empty, or an old local copy)
  // would look like a fresh stage and move a screen that merely reloaded.
  const live = useConnectionStatus(workshop.connection).state === 'live';
  const leads = isFacilitator(workshop) || workshop.role === 'viewer';
  const seen = useRef<FollowState | null>(null);
  const { workshopId } = workshop;
  useFollowAnnouncer(leads);
  const hold = useMoveAfterWriting(leads, workshopId);

  useEffect(() => {
    if (!live && seen.current === null) return;
    const previous = seen.current;
    const target = followTarget(previous, current, previous === null ? currentView() : null);
    seen.current = current;
    if (!current.following) hold(null);
    if (leads || !target || isHere(target)) return;
    if (isTextField(document.activeElement)) {
      hold(target);
      announce(movedMessage(t, previous, current, target, 'follow.waiting'));
      return;
    }
    navigate(workshopPath(workshopId, target));
    announce(movedMessage(t, previous, current, target, 'follow.moved'));
  }, [current, live, leads, workshopId, t, hold]);
}

/** A following screen's own live region, for saying where it moved. */
function useFollowAnnouncer(leads: boolean): void {
  useEffect(() => {
    if (leads) return;
    prepareAnnouncer();
    return removeAnnouncer;
  }, [leads]);
}

/**
 * A move held back while someone writes is made once focus leaves the text field. Returns how
 * to hold one back (the latest wins; null forgets it).
 */
function useMoveAfterWriting(leads: boolean, workshopId: WorkshopId): (target: WorkshopView | null) => void {
  const waiting = useRef<WorkshopView | null>(null);
  useEffect(() => {
    if (leads) return;
    // After the focus has settled (a closing editor hands it to its note): still writing, or go.
    const check = () =>
      window.setTimeout(() => {
        const target = waiting.current;
        if (target === null || isTextField(document.activeElement)) return;
        waiting.current = null;
        if (!isHere(target)) navigate(workshopPath(workshopId, target));
      }, 0);
    document.addEventListener('focusin', check);
    document.addEventListener('focusout', check);
    return () => {
      document.removeEventListener('focusin', check);
      document.removeEventListener('focusout', check);
    };
  }, [leads, workshopId]);
  return useCallback((target: WorkshopView | null) => {
    waiting.current = target;
  }, []);
}

/** What a screen reader hears when the screen moves (or will): the new stage if it changed, and where. */
function movedMessage(
  t: Translate,
  previous: FollowState | null,
  current: FollowState,
  to: WorkshopView,
  key: 'follow.moved' | 'follow.waiting',
): string {
  const moved = t(key, { place: viewName(t, to) });
  if (previous === null || previous.stage === current.stage) return moved;
  const position = t('stage.position', { number: STAGES.indexOf(current.stage) + 1, count: STAGES.length });
  return `${position} · ${t(stageKey(current.stage))}. ${moved}`;
}

/** Already there: nothing to move, nothing to announce (the stage bar's own status speaks). */
function isHere(view: WorkshopView): boolean {
  const here = currentView();
  return here !== null && sameView(here, view);
}

function currentView(): WorkshopView | null {
  const route = parseRoute(window.location.pathname);
  return route.page === 'workshop' ? route.view : null;
}

/** The state a screen follows, as one value that changes only when a part of it does. */
export function useFollowState(workshop: WorkshopContextValue): FollowState {
  const following = useWorkshopUi((state) => state.following);
  const stage = useStage(workshop.doc);
  const focus = useFocus(workshop.doc);
  const presenting = workshop.state.settings.presenting;
  const { myGroup } = workshop;
  return useMemo(
    () => ({ stage, focus, presenting, myGroup, following }),
    [stage, focus, presenting, myGroup, following],
  );
}
