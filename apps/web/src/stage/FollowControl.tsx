import { navigate } from '../app/navigation.ts';
import { sameView, type WorkshopView, workshopPath } from '../app/routes.ts';
import { useT } from '../i18n/index.ts';
import { useWorkshopUi } from '../state/workshopUi.ts';
import { followedView } from '../workshop/followTarget.ts';
import { useFollowState } from '../workshop/useFollow.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';

/**
 * A participant's "follow the facilitator" switch: on, the screen goes where the facilitator
 * shows; off, it stays wherever I look. Following but elsewhere: one click back.
 */
export function FollowControl({ view }: { view: WorkshopView }) {
  const t = useT();
  const workshop = useWorkshop();
  const setFollowing = useWorkshopUi((state) => state.setFollowing);
  const state = useFollowState(workshop);
  const there = followedView(state);
  return (
    <div className="stage-bar__follow">
      <label className="follow-switch">
        <input type="checkbox" checked={state.following} onChange={(event) => setFollowing(event.target.checked)} />
        <span>{t('follow.label')}</span>
      </label>
      {state.following && !sameView(view, there) && (
        <button type="button" onClick={() => navigate(workshopPath(workshop.workshopId, there), { byPerson: true })}>
          <span aria-hidden="true">↩ </span>
          {t('follow.back')}
        </button>
      )}
    </div>
  );
}
